package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Twilio cases from a peer's test suite (RapidPro's Twilio channel cases, issue 10 point 8) replayed
 * against the packaged server over HTTP: signed webhooks and status callbacks as Twilio sends them,
 * twilio-java sending to the fake Twilio REST API in this process. A STOP error (21610) on the bot's
 * own TwiML reply opts the worker out; a rate limit (63018) is retried with backoff, not final; a
 * status callback whose {@code id} cannot be read is matched by its MessageSid; an MMS keeps its
 * media for staff (API and console links); a long strict-base64 Body is decoded for the dialog with
 * the raw body kept.
 */
class TwilioCasesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger PHONES = new AtomicInteger(500);
    private static final Pattern REPLY_ID = Pattern.compile("/webhooks/twilio/status\\?id=(\\d+)");

    private static FakeTwilio twilio;
    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        twilio = new FakeTwilio();
        Map<String, String> env = twilio.serverEnv();
        env.put("WARMLINE_SMS_RETRY_INITIAL_DELAY", "PT2S");   // long enough to see a retry waiting
        env.put("WARMLINE_SMS_MAX_ATTEMPTS", "3");
        env.put("WARMLINE_SMS_MESSAGES_PER_SECOND", "20");
        env.put("WARMLINE_SMS_POLL_INTERVAL", "PT0.2S");
        env.put("WARMLINE_SMS_PROVIDER_TIMEOUT", "PT2S");
        env.put("WARMLINE_CLOCK_FIXED", "");   // retries need time to pass
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-twilio-cases"), env).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        twilio.close();
    }

    private static String phone() {
        return "+861390013" + String.format("%04d", PHONES.incrementAndGet());
    }

    /** A worker who texted once (notices go to known workers only). @return their phone */
    private static String worker() throws Exception {
        String phone = phone();
        sms(phone, "你好");
        return phone;
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Sends a signed SMS webhook. @return the TwiML answer */
    private static String sms(String phone, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, sid(), phone, body);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** @return our id of the bot's reply, from the TwiML's status callback URL */
    private static long replyId(String twiml) {
        Matcher m = REPLY_ID.matcher(twiml);
        assertTrue(m.find(), "the TwiML reply carries a status callback with our id: " + twiml);
        return Long.parseLong(m.group(1));
    }

    /** @return a status callback's fields as Twilio posts them */
    private static Map<String, String> status(String messageSid, String status, String errorCode) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccountSid", "AC00000000000000000000000000000001");
        p.put("From", "+12025550143");
        p.put("MessageSid", messageSid);
        p.put("SmsSid", messageSid);
        p.put("MessageStatus", status);
        p.put("SmsStatus", status);
        p.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            p.put("ErrorCode", errorCode);
        }
        return p;
    }

    /** A notice Twilio has taken: our id and its MessageSid. */
    private record Sent(long id, String sid) { }

    /** Queues a notice and waits until Twilio has it. @return our id and the MessageSid */
    private static Sent notice(String phone, String body) throws Exception {
        long id = Outbox.queued(server, phone, body, "NOTICE");
        return new Sent(id, Outbox.await(server, phone, id, Outbox.status("SENT"), WAIT).getString("providerMessageId"));
    }

    @Test
    void stopErrorOnTheBotsOwnTwimlReplyOptsTheWorkerOut() throws Exception {
        String phone = phone();
        long reply = replyId(sms(phone, "你好"));
        // Twilio could not deliver our TwiML reply: the number had replied STOP to this sender
        HttpResponse<String> r = Outbox.callback(server, "id=" + reply, status(sid(), "failed", "21610"), null);
        assertEquals(204, r.statusCode(), r.body());
        assertEquals("APPLIED", r.headers().firstValue("X-Warmline-Outcome").orElse(""));
        long notice = Outbox.queued(server, phone, "您的返乡车票已确认", "NOTICE");
        JsonObject dropped = Outbox.await(server, phone, notice, Outbox.status("DROPPED", "SENT"), WAIT);
        assertEquals("DROPPED", dropped.getString("status"), "an opted-out worker gets no notices: " + dropped);
        assertEquals("opted-out", dropped.getString("errorCode"));
        assertTrue(twilio.postsTo(phone).isEmpty(), "nothing was sent to the opted-out worker");
    }

    @Test
    void rateLimitOnANoticeIsRetriedWithBackoffUntilItGoesThenFinalAfterTheLastAttempt() throws Exception {
        String phone = worker();
        Sent sent = notice(phone, "座位已确认，请准时上车");
        long id = sent.id();
        String firstSid = sent.sid();
        twilio.markFailed(firstSid);
        HttpResponse<String> r = Outbox.callback(server, "id=" + id, status(firstSid, "failed", "63018"), null);
        assertEquals(204, r.statusCode(), r.body());
        JsonObject waiting = Outbox.message(server, phone, id);
        assertEquals("QUEUED", waiting.getString("status"), "waits for its next attempt, not failed: " + waiting);
        assertEquals("63018", waiting.getString("errorCode"));
        assertEquals(1, twilio.postsTo(phone).size(), "not sent again at once: the backoff (2 s) comes first");
        // a late, out-of-order report on the failed attempt does not move the message waiting to go again
        HttpResponse<String> late = Outbox.callback(server, "id=" + id, status(firstSid, "sent", null), null);
        assertEquals("NOT_FORWARD", late.headers().firstValue("X-Warmline-Outcome").orElse(""));
        assertEquals("QUEUED", Outbox.message(server, phone, id).getString("status"));
        JsonObject again = Outbox.await(server, phone, id, Outbox.status("SENT", "FAILED"), WAIT);
        assertEquals("SENT", again.getString("status"), again.toString());
        assertEquals(2, again.getInt("attempts"));
        assertEquals(2, twilio.postsTo(phone).size());
        String secondSid = again.getString("providerMessageId");
        assertNotEquals(firstSid, secondSid, "the new attempt records its own MessageSid");

        // the second attempt is rate-limited too, then the third: attempts are used up, it fails for good
        twilio.markFailed(secondSid);
        assertEquals(204, Outbox.callback(server, "id=" + id, status(secondSid, "undelivered", "63018"), null).statusCode());
        JsonObject third = Outbox.await(server, phone, id, m -> m.getInt("attempts") == 3
                && m.getString("status").equals("SENT"), WAIT);
        twilio.markFailed(third.getString("providerMessageId"));
        assertEquals(204, Outbox.callback(server, "id=" + id,
                status(third.getString("providerMessageId"), "failed", "63018"), null).statusCode());
        JsonObject last = Outbox.message(server, phone, id);
        assertEquals("FAILED", last.getString("status"), last.toString());
        assertEquals("63018", last.getString("errorCode"));
        Thread.sleep(4500);   // longer than the next backoff would be: nothing more is sent
        assertEquals(3, twilio.postsTo(phone).size());

        // a final error stays final at once
        String other = worker();
        Sent blocked = notice(other, "通知");
        assertEquals(204, Outbox.callback(server, "id=" + blocked.id(), status(blocked.sid(), "undelivered", "30007"),
                null).statusCode());
        assertEquals("UNDELIVERED", Outbox.message(server, other, blocked.id()).getString("status"));
    }

    @Test
    void rateLimitOnTheBotsTwimlReplyResendsTheReplyThroughTheApi() throws Exception {
        String phone = phone();
        String twiml = sms(phone, "腊月二十二从杭州回安徽六安，2个人");
        long reply = replyId(twiml);
        HttpResponse<String> r = Outbox.callback(server, "id=" + reply, status(sid(), "undelivered", "63018"), null);
        assertEquals(204, r.statusCode(), r.body());
        JsonObject resent = Outbox.await(server, phone, reply, Outbox.status("SENT", "FAILED"), WAIT);
        assertEquals("SENT", resent.getString("status"), resent.toString());
        List<FakeTwilio.Post> posts = twilio.postsTo(phone);
        assertEquals(1, posts.size(), "the reply went out once more, through the REST API");
        assertTrue(posts.get(0).form().get("Body").contains("安徽六安"), posts.get(0).form().toString());
        assertTrue(twiml.contains(posts.get(0).form().get("Body").substring(0, 10)), "the same reply text");
        assertEquals(WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/status?id=" + reply,
                posts.get(0).form().get("StatusCallback"));
    }

    @Test
    void statusCallbackWithAnUnreadableIdFallsBackToTheMessageSid() throws Exception {
        String phone = worker();
        Sent sent = notice(phone, "回调编号读不出");
        long id = sent.id();
        String sid = sent.sid();
        HttpResponse<String> garbage = Outbox.callback(server, "id=%3Cscript%3E", status(sid, "sent", null), null);
        assertEquals(204, garbage.statusCode(), garbage.body());
        HttpResponse<String> notANumber = Outbox.callback(server, "id=12abc", status(sid, "delivered", null), null);
        assertEquals(204, notANumber.statusCode(), notANumber.body());
        assertEquals("APPLIED", notANumber.headers().firstValue("X-Warmline-Outcome").orElse(""));
        assertEquals("DELIVERED", Outbox.message(server, phone, id).getString("status"));

        String other = worker();
        Sent second = notice(other, "回调编号为空");
        assertEquals(204, Outbox.callback(server, "id=", status(second.sid(), "delivered", null), null).statusCode());
        assertEquals("DELIVERED", Outbox.message(server, other, second.id()).getString("status"));

        // a callback naming no message at all is refused as such
        HttpResponse<String> nothing = Outbox.callback(server, "id=x", Map.of("MessageStatus", "delivered"), null);
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void mmsKeepsItsMediaWithTheMessageForStaffToOpen() throws Exception {
        String phone = phone();
        String messageSid = sid();
        Map<String, String> form = Http.smsForm(messageSid, phone, "转人工 这是工资条的照片");
        form.put("NumMedia", "3");
        form.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC01/Messages/" + messageSid + "/Media/ME0a");
        form.put("MediaContentType0", "image/jpeg");
        form.put("MediaUrl1", "http://media.example.org/contract.pdf?a=1&b=%3C2%3E");
        form.put("MediaContentType1", "application/pdf");
        form.put("MediaUrl2", "javascript:alert(document.cookie)");
        form.put("MediaContentType2", "text/html");
        HttpResponse<String> r = Http.postWebhook(server, form, Http.sign(WarmlineServer.AUTH_TOKEN,
                WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/sms", form));
        assertEquals(200, r.statusCode(), r.body() + "\n" + server.tail(60));

        // the staff API (supervisors and admins): the message with its media, in order, http(s) only
        JsonObject message = staffMessage(messageSid);
        JsonArray media = message.getJsonArray("media");
        assertEquals(2, media.size(), message.toString());
        assertEquals(form.get("MediaUrl0"), media.getJsonObject(0).getString("url"));
        assertEquals("image/jpeg", media.getJsonObject(0).getString("contentType"));
        assertEquals(form.get("MediaUrl1"), media.getJsonObject(1).getString("url"));
        assertEquals("application/pdf", media.getJsonObject(1).getString("contentType"));

        // the operators' console API: the conversation's transcript carries the media
        Console operator = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        String masked = phone.substring(3, 6) + "****" + phone.substring(phone.length() - 4);
        JsonObject item = operator.awaitConversation(masked, i -> true);
        JsonObject detail = operator.ok("GET", "/api/helpdesk/conversations/" + item.getJsonNumber("id").longValue(), null);
        JsonObject inbound = detail.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("body").contains("工资条")).findFirst().orElseThrow();
        assertEquals(2, inbound.getJsonArray("media").size(), inbound.toString());

        // the console in a browser: links to open, in a new tab, escaped; no link but for http(s)
        Chromium chromium = Chromium.start("warmline-chromium-mms");
        try {
            chromium.signIn(server, "/console/", "operator", WarmlineServer.DEMO_PASSWORD);
            chromium.await(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/console/")
                    && !d.getCurrentUrl().contains("login"));
            chromium.driver().get(server.baseUrl() + "/console/#/c/" + item.getJsonNumber("id").longValue());
            List<WebElement> links = chromium.await(Duration.ofSeconds(20)).until(d -> {
                // shown, not only drawn: the transcript is drawn before its view is shown, and a hidden
                // link has no text for WebDriver (one full run read "" there)
                List<WebElement> found = d.findElements(By.cssSelector("#c-messages a.msg-media-link"));
                return found.size() >= 2 && found.stream().allMatch(WebElement::isDisplayed) ? found : null;
            });
            assertEquals(2, links.size());
            assertEquals(form.get("MediaUrl0"), links.get(0).getAttribute("href"));
            assertEquals("图片1", links.get(0).getText());
            assertEquals("http://media.example.org/contract.pdf?a=1&b=%3C2%3E", links.get(1).getAttribute("href"));
            assertEquals("附件2", links.get(1).getText());
            for (WebElement link : links) {
                assertEquals("_blank", link.getAttribute("target"));
                assertEquals("noopener noreferrer", link.getAttribute("rel"));
            }
            assertTrue(chromium.driver().findElements(By.cssSelector("#c-messages a[href^='javascript']")).isEmpty());
            chromium.screenshot("console-mms.png");
        } finally {
            chromium.close();
        }
    }

    @Test
    void longStrictBase64BodyIsDecodedForTheDialogAndTheRawBodyKept() throws Exception {
        String text = "腊月二十二从杭州回安徽六安，2个人";
        String raw = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        String phone = phone();
        String messageSid = sid();
        HttpResponse<String> r = Http.sms(server, messageSid, phone, raw);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("请确认") && r.body().contains("安徽六安") && r.body().contains("2人"),
                "the dialog read the decoded text: " + r.body());
        JsonObject stored = staffMessage(messageSid);
        assertEquals(text, stored.getString("body"));
        assertEquals(raw, stored.getString("rawBody"));

        // short words that happen to be valid base64 are the worker's own words
        for (String word : List.of("TEST", "abcd")) {
            String shortSid = sid();
            HttpResponse<String> answer = Http.sms(server, shortSid, phone(), word);
            assertEquals(200, answer.statusCode());
            JsonObject kept = staffMessage(shortSid);
            assertEquals(word, kept.getString("body"));
            assertTrue(!kept.containsKey("rawBody") || kept.isNull("rawBody"), kept.toString());
        }
    }

    /** @return the stored inbound message with this MessageSid, as the staff API shows it */
    private static JsonObject staffMessage(String messageSid) throws Exception {
        for (JsonValue c : Http.getArray(server, "/api/conversations?limit=500")) {
            for (JsonValue m : c.asJsonObject().getJsonArray("messages")) {
                if (messageSid.equals(m.asJsonObject().getString("channelMessageId", null))) {
                    return m.asJsonObject();
                }
            }
        }
        throw new AssertionError("no stored message " + messageSid);
    }
}
