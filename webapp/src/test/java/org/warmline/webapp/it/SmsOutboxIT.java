package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged server sending through twilio-java to a fake Twilio REST API in this process, over
 * real HTTP: the outbox, status callbacks (every payload of shared/data's status_callback_payloads.json,
 * re-signed for our callback URL), retries and permanent errors, opt-out and validity, and two
 * identical inbound webhooks at the same moment.
 */
class SmsOutboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger PHONES = new AtomicInteger(100);

    private static FakeTwilio twilio;
    private static WarmlineServer server;
    private static Map<String, Map<String, String>> payloads;

    @BeforeAll
    static void start() throws Exception {
        twilio = new FakeTwilio();
        Map<String, String> env = new HashMap<>();
        env.put("WARMLINE_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000001");
        env.put("WARMLINE_TWILIO_FROM_NUMBER", "+12025550143");
        env.put("WARMLINE_TWILIO_API_BASE_URL", twilio.baseUrl());
        env.put("WARMLINE_SMS_RETRY_INITIAL_DELAY", "PT0.5S");
        env.put("WARMLINE_SMS_MAX_ATTEMPTS", "3");
        env.put("WARMLINE_SMS_MESSAGES_PER_SECOND", "20");
        env.put("WARMLINE_SMS_POLL_INTERVAL", "PT0.2S");
        env.put("WARMLINE_SMS_PROVIDER_TIMEOUT", "PT2S");
        env.put("WARMLINE_CLOCK_FIXED", "");   // retries and validity need time to pass
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-outbox"), env).start();
        payloads = new HashMap<>();
        try (InputStream in = SmsOutboxIT.class.getResourceAsStream("/twilio/status_callback_payloads.json");
             JsonReader reader = Json.createReader(in)) {
            for (JsonValue v : reader.readObject().getJsonArray("status_callbacks")) {
                JsonObject c = v.asJsonObject();
                Map<String, String> params = new LinkedHashMap<>();
                c.getJsonObject("params").forEach((k, value) -> params.put(k, ((jakarta.json.JsonString) value).getString()));
                payloads.put(c.getString("id"), params);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        twilio.close();
    }

    /** A new worker (they texted once). @return their phone */
    private static String worker() throws Exception {
        String phone = "+861380013" + String.format("%04d", PHONES.incrementAndGet());
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), phone, "你好");
        assertEquals(200, r.statusCode(), r.body());
        return phone;
    }

    /** @return a payload from the shared file with our row's MessageSid */
    private static Map<String, String> payload(String id, String sid) {
        Map<String, String> p = new LinkedHashMap<>(payloads.get(id));
        if (p.containsKey("MessageSid")) {
            p.put("MessageSid", sid);
            p.put("SmsSid", sid);
        }
        return p;
    }

    private static long sentNotice(String phone, String body) throws Exception {
        long id = Outbox.queued(server, phone, body, "NOTICE");
        Outbox.await(server, phone, id, Outbox.status("SENT"), WAIT);
        return id;
    }

    @Test
    void noticeIsSentOnceThroughTwilioWithOurIdInTheStatusCallback() throws Exception {
        String phone = worker();
        long id = sentNotice(phone, "您的返乡车票已确认");
        List<FakeTwilio.Post> posts = twilio.postsTo(phone);
        assertEquals(1, posts.size());
        assertEquals(WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/status?id=" + id,
                posts.get(0).form().get("StatusCallback"));
        assertEquals("+12025550143", posts.get(0).form().get("From"));
        assertEquals("您的返乡车票已确认", posts.get(0).form().get("Body"));
        assertEquals(posts.get(0).sid(), Outbox.message(server, phone, id).getString("providerMessageId"));
    }

    @Test
    void everyStatusCallbackSequenceEndsInTheRightState() throws Exception {
        record Case(List<String> sequence, String status, String errorCode) { }
        List<Case> cases = List.of(
                new Case(List.of("sent", "delivered"), "DELIVERED", null),
                new Case(List.of("delivered", "sent"), "DELIVERED", null),
                new Case(List.of("sent", "delivered", "out_of_order_sent_after_delivered"), "DELIVERED", null),
                new Case(List.of("sent", "undelivered_30003", "delivered"), "UNDELIVERED", "30003"),
                new Case(List.of("undelivered_30008", "sent"), "UNDELIVERED", "30008"),
                new Case(List.of("messaging_service", "delivered"), "DELIVERED", null),
                new Case(List.of("invalid_status_value"), "SENT", null),
                new Case(List.of("sent", "failed_21610", "delivered"), "FAILED", "21610"));
        for (Case c : cases) {
            String phone = worker();
            long id = sentNotice(phone, "通知 " + c.sequence());
            String sid = Outbox.message(server, phone, id).getString("providerMessageId");
            for (String step : c.sequence()) {
                HttpResponse<String> r = Outbox.callback(server, "id=" + id, payload(step, sid), null);
                assertEquals(204, r.statusCode(), step + ": " + r.body());
            }
            JsonObject m = Outbox.message(server, phone, id);
            assertEquals(c.status(), m.getString("status"), c.sequence().toString());
            assertEquals(c.errorCode(), m.getString("errorCode", null), c.sequence().toString());
        }
    }

    @Test
    void failed21610CallbackOptsTheWorkerOutSoNoticesAreDroppedButOperatorMessagesGo() throws Exception {
        String phone = worker();
        long id = sentNotice(phone, "第一条通知");
        String sid = Outbox.message(server, phone, id).getString("providerMessageId");
        assertEquals(204, Outbox.callback(server, "id=" + id, payload("failed_21610", sid), null).statusCode());
        long notice = Outbox.queued(server, phone, "第二条通知", "NOTICE");
        JsonObject dropped = Outbox.await(server, phone, notice, Outbox.status("DROPPED"), WAIT);
        assertEquals("opted-out", dropped.getString("errorCode"));
        long bulk = Outbox.queued(server, phone, "群发通知", "BULK");
        Outbox.await(server, phone, bulk, Outbox.status("DROPPED"), WAIT);
        long operator = Outbox.queued(server, phone, "工作人员回复", "OPERATOR");
        Outbox.await(server, phone, operator, Outbox.status("SENT"), WAIT);
        long reply = Outbox.queued(server, phone, "回复", "REPLY");
        Outbox.await(server, phone, reply, Outbox.status("SENT"), WAIT);
    }

    @Test
    void unknownMessageCallbackIsParkedAndAppliedWhenItsSidIsStored() throws Exception {
        HttpResponse<String> unknown = Outbox.callback(server, "id=987654321",
                payload("unknown_sid_before_send_returns", "SMef5eef608193542904112afc4ac40e52"), null);
        assertEquals(204, unknown.statusCode());
        assertEquals("PARKED", unknown.headers().firstValue("X-Warmline-Outcome").orElse(""));

        String phone = worker();
        twilio.script(phone, new FakeTwilio.Answer(201, null, 1500));   // Twilio answers slowly
        long id = Outbox.queued(server, phone, "慢回应", "NOTICE");
        waitForPost(phone);
        String sid = twilio.postsTo(phone).get(0).sid();
        // the callback beats our own write of the MessageSid, and names no id: parked
        HttpResponse<String> early = Outbox.callback(server, null, payload("delivered", sid), null);
        assertEquals("PARKED", early.headers().firstValue("X-Warmline-Outcome").orElse(""));
        JsonObject m = Outbox.await(server, phone, id, Outbox.status("DELIVERED"), WAIT);
        assertEquals(sid, m.getString("providerMessageId"));
    }

    @Test
    void callbackWithOurIdIsAppliedBeforeOurOwnWriteAndNotUndoneByIt() throws Exception {
        String phone = worker();
        twilio.script(phone, new FakeTwilio.Answer(201, null, 1500));
        long id = Outbox.queued(server, phone, "回调先到", "NOTICE");
        waitForPost(phone);
        String sid = twilio.postsTo(phone).get(0).sid();
        HttpResponse<String> early = Outbox.callback(server, "id=" + id, payload("delivered", sid), null);
        assertEquals("APPLIED", early.headers().firstValue("X-Warmline-Outcome").orElse(""));
        Thread.sleep(2500);   // the create() answer arrives and is stored
        JsonObject m = Outbox.message(server, phone, id);
        assertEquals("DELIVERED", m.getString("status"));
        assertEquals(sid, m.getString("providerMessageId"));
    }

    @Test
    void forgedOrMalformedCallbacksChangeNothing() throws Exception {
        String phone = worker();
        long id = sentNotice(phone, "伪造回调");
        String sid = Outbox.message(server, phone, id).getString("providerMessageId");
        Map<String, String> delivered = payload("delivered", sid);
        HttpResponse<String> forged = Outbox.callback(server, "id=" + id, delivered, "bm90IGEgc2lnbmF0dXJl");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        // signed for another id, sent with ours: the query is part of what Twilio signs
        String otherIdSignature = Http.sign(WarmlineServer.AUTH_TOKEN,
                WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/status?id=" + (id + 1), delivered);
        assertEquals(403, Outbox.callback(server, "id=" + id, delivered, otherIdSignature).statusCode());
        // the shared file's own signature was made for another URL
        assertEquals(403, Outbox.callback(server, "id=" + id, payloads.get("delivered"), "5ZIHJfQ3ErJDWCKe7696dWxRRWg=")
                .statusCode());
        HttpResponse<String> empty = Outbox.callback(server, "id=" + id, payload("no_params", sid), null);
        assertEquals(400, empty.statusCode());
        assertEquals("SENT", Outbox.message(server, phone, id).getString("status"));
    }

    @Test
    void serverErrorThenSuccessIsRetriedAndSentOnce() throws Exception {
        String phone = worker();
        twilio.script(phone, new FakeTwilio.Answer(503, 20503, 0));
        long id = Outbox.queued(server, phone, "重试一次", "OPERATOR");
        JsonObject m = Outbox.await(server, phone, id, Outbox.status("SENT"), WAIT);
        assertEquals(2, m.getInt("attempts"));
        assertEquals(2, twilio.postsTo(phone).size());
    }

    @Test
    void tooManyRequestsThenSuccessIsRetried() throws Exception {
        String phone = worker();
        twilio.script(phone, new FakeTwilio.Answer(429, 20429, 0));
        long id = Outbox.queued(server, phone, "限流", "OPERATOR");
        assertEquals(2, Outbox.await(server, phone, id, Outbox.status("SENT"), WAIT).getInt("attempts"));
    }

    @Test
    void timeoutIsRetriedWithoutSendingTwiceWhenTwilioHadTakenTheMessage() throws Exception {
        String phone = worker();
        twilio.script(phone, new FakeTwilio.Answer(201, null, 4000));   // longer than the 2 s provider timeout
        long id = Outbox.queued(server, phone, "超时", "OPERATOR");
        JsonObject m = Outbox.await(server, phone, id, Outbox.status("SENT"), WAIT);
        assertEquals(1, twilio.postsTo(phone).size(), "the retry found the message at Twilio instead of posting again");
        assertEquals(twilio.postsTo(phone).get(0).sid(), m.getString("providerMessageId"));
    }

    @Test
    void retryableErrorsStopAtMaxAttemptsWithAReason() throws Exception {
        String phone = worker();
        twilio.script(phone, new FakeTwilio.Answer(500, 20500, 0), new FakeTwilio.Answer(500, 20500, 0),
                new FakeTwilio.Answer(500, 20500, 0));
        long id = Outbox.queued(server, phone, "一直失败", "OPERATOR");
        JsonObject m = Outbox.await(server, phone, id, Outbox.status("FAILED"), WAIT);
        assertEquals(3, m.getInt("attempts"));
        assertTrue(m.getString("errorMessage").startsWith("gave up after 3 attempts"), m.toString());
        assertEquals(3, twilio.postsTo(phone).size());
    }

    @Test
    void invalidNumberAndLandlineFailWithoutRetry() throws Exception {
        for (int code : new int[] {21211, 21614}) {
            String phone = worker();
            twilio.script(phone, new FakeTwilio.Answer(400, code, 0));
            long id = Outbox.queued(server, phone, "号码错误 " + code, "OPERATOR");
            JsonObject m = Outbox.await(server, phone, id, Outbox.status("FAILED"), WAIT);
            assertEquals(String.valueOf(code), m.getString("errorCode"));
            Thread.sleep(1500);
            assertEquals(1, twilio.postsTo(phone).size());
        }
    }

    @Test
    void unsubscribedAtTwilioFailsTheMessageAndOptsTheWorkerOut() throws Exception {
        String phone = worker();
        twilio.script(phone, new FakeTwilio.Answer(400, 21610, 0));
        long id = Outbox.queued(server, phone, "已退订", "OPERATOR");
        assertEquals("21610", Outbox.await(server, phone, id, Outbox.status("FAILED"), WAIT).getString("errorCode"));
        long notice = Outbox.queued(server, phone, "之后的通知", "NOTICE");
        assertEquals("opted-out", Outbox.await(server, phone, notice, Outbox.status("DROPPED"), WAIT).getString("errorCode"));
        assertEquals(1, twilio.postsTo(phone).size());
    }

    @Test
    void expiredNoticeIsDroppedNotSentLate() throws Exception {
        String phone = worker();
        HttpResponse<String> r = Outbox.queue(server, phone, "今晚8点发车", "NOTICE", Instant.now().minusSeconds(1));
        assertEquals(201, r.statusCode(), r.body());
        long id = Http.object(r.body()).getJsonNumber("id").longValue();
        assertEquals("expired", Outbox.await(server, phone, id, Outbox.status("DROPPED"), WAIT).getString("errorCode"));
        assertEquals(0, twilio.postsTo(phone).size());
    }

    @Test
    void textLongerThanEightSegmentsIsRefusedWithAProblem() throws Exception {
        String phone = worker();
        HttpResponse<String> r = Outbox.queue(server, phone, "回".repeat(8 * 67 + 1), "NOTICE", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("9 UCS2 segments"), r.body());
    }

    @Test
    void simulatorPageIsNotThereWhenTwilioSends() throws Exception {
        assertEquals(404, Http.get(server, "/simulator", null, null).statusCode());
    }

    @Test
    void twoIdenticalInboundWebhooksAtTheSameMomentStoreOneMessageAndAnswerBoth() throws Exception {
        String phone = "+8613800139" + String.format("%03d", PHONES.incrementAndGet() % 1000);
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpResponse<String>> post = () -> {
                go.await();
                return Http.sms(server, sid, phone, "腊月二十二从杭州回安徽六安，2个人");
            };
            Future<HttpResponse<String>> a = pool.submit(post);
            Future<HttpResponse<String>> b = pool.submit(post);
            go.countDown();
            HttpResponse<String> ra = a.get();
            HttpResponse<String> rb = b.get();
            assertEquals(200, ra.statusCode(), ra.body());
            assertEquals(200, rb.statusCode(), rb.body());
            assertEquals(ra.body(), rb.body());
            assertTrue(ra.body().contains("<Message"), ra.body());
        } finally {
            pool.shutdownNow();
        }
        JsonArray conversations = Http.getArray(server, "/api/conversations?limit=500");
        long stored = conversations.stream().flatMap(c -> c.asJsonObject().getJsonArray("messages").stream())
                .map(JsonValue::asJsonObject).filter(m -> sid.equals(m.getString("channelMessageId", null))).count();
        assertEquals(1, stored);
    }

    private static void waitForPost(String phone) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        while (twilio.postsTo(phone).isEmpty()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no POST to Twilio for " + phone + "\n" + server.tail(40));
            }
            Thread.sleep(50);
        }
    }
}
