package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web chat on the packaged server, over HTTP as a browser uses it: the page, the JSON endpoints
 * under /chat/api, the server-sent-events stream with resume after a dropped connection, and adding
 * a phone with a one-time code sent through the SMS outbox (simulator).
 */
class ChatIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    // ---- the page -------------------------------------------------------------------------------

    @Test
    void chatPageIsChineseSmallAndHasNoInlineScriptOrStyle() throws Exception {
        HttpResponse<String> page = get("/chat");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("lang=\"zh-CN\"") && page.body().contains("暖心热线"), page.body());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        HttpResponse<String> js = get("/chat/chat.js");
        HttpResponse<String> css = get("/chat/chat.css");
        assertEquals(200, js.statusCode());
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        int total = page.body().getBytes(StandardCharsets.UTF_8).length + js.body().getBytes(StandardCharsets.UTF_8).length
                + css.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(total < 30 * 1024, "page, script and style are " + total + " bytes");
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page.body()).find(), "no inline script");
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page.body()).find(),
                "no inline event handlers");
        assertFalse(page.body().contains("style=") || page.body().contains("<style"), "no inline style");
        assertFalse(js.body().contains("innerHTML") || js.body().contains("insertAdjacentHTML")
                || js.body().contains("document.write"), "message text is set with textContent only");
        assertTrue(js.body().contains("English") && js.body().contains("textContent"));
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "a slow phone revalidates instead of downloading again");
        assertEquals(404, get("/chat/other.js").statusCode());
    }

    // ---- sessions -------------------------------------------------------------------------------

    @Test
    void firstVisitGetsAnOpaque128BitChatIdThatResumes() throws Exception {
        HttpResponse<String> created = post("/chat/api/sessions", "{}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject session = Http.object(created.body());
        String chatId = session.getString("chatId");
        assertTrue(chatId.matches("[0-9a-f]{32}"), chatId);
        assertEquals("zh", session.getString("language"), "Chinese by default");
        assertTrue(session.isNull("phone"));
        assertNotEquals(chatId, newChat(), "every visitor gets their own id");

        HttpResponse<String> resumed = post("/chat/api/sessions", "{\"chatId\":\"" + chatId + "\",\"language\":\"en\"}");
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals(chatId, Http.object(resumed.body()).getString("chatId"));
        assertEquals("en", Http.object(resumed.body()).getString("language"));
    }

    @Test
    void unknownChatIdGets404Problem() throws Exception {
        String never = "0123456789abcdef0123456789abcdef";
        for (HttpResponse<String> answer : List.of(
                post("/chat/api/sessions", "{\"chatId\":\"" + never + "\"}"),
                post("/chat/api/sessions/" + never + "/messages", message(UUID.randomUUID().toString(), "hi")),
                get("/chat/api/sessions/" + never + "/messages"),
                get("/chat/api/sessions/" + never + "/events"),
                post("/chat/api/sessions/not-a-chat-id/messages", message(UUID.randomUUID().toString(), "hi")))) {
            assertEquals(404, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    answer.headers().toString());
            assertEquals("Unknown chat", Http.object(answer.body()).getString("title"));
        }
    }

    // ---- messages -------------------------------------------------------------------------------

    private static List<JsonObject> newRows(String path, Set<Integer> before) throws Exception {
        return Http.getArray(server, path).stream().map(JsonValue::asJsonObject)
                .filter(r -> !before.contains(r.getInt("id"))).toList();
    }

    private static Set<Integer> ids(String path) throws Exception {
        return Http.getArray(server, path).stream().map(r -> r.asJsonObject().getInt("id")).collect(Collectors.toSet());
    }

    @Test
    void returnToWorkExampleInChatBecomesATripRequest() throws Exception {
        Set<Integer> before = tripRequestIds();
        send(newChat(), "我们仨想正月初六回深圳上班，老家在湖南衡阳");
        List<JsonObject> mine = newRows("/api/returnhome/requests", before);
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("4403", mine.get(0).getJsonObject("destination").getString("code"));
        assertEquals("4304", mine.get(0).getJsonObject("origin").getString("code"));
        assertEquals("2027-02-11", mine.get(0).getString("travelDate"));
        assertEquals(3, mine.get(0).getInt("partySize"));
    }

    @Test
    void wageAndJobExamplesInChatReachLegalAidAndJobs() throws Exception {
        Set<Integer> consultations = ids("/api/legalaid/consultations");
        String wage = newChat();
        send(wage, "老板拖欠工资两个月，大概九千块，在东莞");
        send(wage, "就这些");
        List<JsonObject> opened = newRows("/api/legalaid/consultations", consultations);
        assertEquals(1, opened.size(), opened.toString());
        assertEquals("WAGE_ARREARS", opened.get(0).getString("topic"));
        assertEquals(900000, opened.get(0).getJsonNumber("amountFen").longValue());
        assertEquals(2, opened.get(0).getInt("monthsUnpaid"));
        assertEquals("4419", opened.get(0).getString("siteCode"));

        Set<Integer> seekers = ids("/api/jobs/seekers");
        String weld = newChat();
        send(weld, "想学电焊");
        send(weld, "就这些");
        String renovate = newChat();
        send(renovate, "干装修的 想找活 在广州附近");
        send(renovate, "就这些");
        List<JsonObject> registered = newRows("/api/jobs/seekers", seekers);
        assertEquals(2, registered.size(), registered.toString());
        assertTrue(registered.stream().anyMatch(r -> "TRAINING".equals(r.getString("want"))
                && "WELDER".equals(r.getString("trade"))), registered.toString());
        assertTrue(registered.stream().anyMatch(r -> "JOB".equals(r.getString("want"))
                && "RENOVATION".equals(r.getString("trade")) && "4401".equals(r.getString("locationCode"))),
                registered.toString());
    }

    @Test
    void traditionalCharactersAreUnderstood() throws Exception {
        Set<Integer> before = tripRequestIds();
        send(newChat(), "臘月二十二從杭州回安徽六安，2個人");
        List<JsonObject> mine = newRows("/api/returnhome/requests", before);
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("3415", mine.get(0).getJsonObject("destination").getString("code"));
        assertEquals("2027-01-29", mine.get(0).getString("travelDate"));
    }

    @Test
    void issueExampleInChatGetsChineseQuestionAndConfirmsTheTripRequest() throws Exception {
        String chatId = newChat();
        Set<Integer> before = tripRequestIds();
        JsonObject first = send(chatId, "能帮我买两张1月25号回重庆万州的票吗，我在成都");
        assertEquals("zh", first.getString("language"));
        assertTrue(HAN.matcher(first.getString("reply")).find(), first.getString("reply"));
        JsonObject second = send(chatId, "对");
        assertEquals("zh", second.getString("language"));

        List<JsonObject> mine = Http.getArray(server, "/api/returnhome/requests").stream().map(JsonValue::asJsonObject)
                .filter(r -> !before.contains(r.getInt("id"))).toList();
        assertEquals(1, mine.size(), "one new trip request: " + mine + "\nreplies: " + first + " / " + second);
        JsonObject request = mine.get(0);
        assertEquals("500101", request.getJsonObject("destination").getString("code"));
        assertEquals("5101", request.getJsonObject("origin").getString("code"));
        assertEquals("2027-01-25", request.getString("travelDate"));
        assertEquals(2, request.getInt("partySize"));
        assertEquals("CONFIRMED", request.getString("status"), first.getString("reply"));
        assertEquals("chat", request.getString("phone"), "a chat-only worker has no phone to show");
    }

    @Test
    void duplicateClientMessageIdIsStoredOnceAndGetsTheSameReply() throws Exception {
        String chatId = newChat();
        String clientId = UUID.randomUUID().toString();
        HttpResponse<String> first = post(messages(chatId), message(clientId, "我要回家"));
        HttpResponse<String> again = post(messages(chatId), message(clientId, "我要回家"));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        JsonObject a = Http.object(first.body());
        JsonObject b = Http.object(again.body());
        assertFalse(a.getBoolean("duplicate"));
        assertTrue(b.getBoolean("duplicate"));
        assertEquals(a.getJsonNumber("messageId").longValue(), b.getJsonNumber("messageId").longValue());
        assertEquals(a.getString("reply"), b.getString("reply"));
        List<JsonObject> lines = lines(chatId, 0);
        assertEquals(1, lines.stream().filter(l -> "INBOUND".equals(l.getString("direction"))).count(), lines.toString());
        assertEquals(2, lines.size(), "one message, one reply: " + lines);

        String otherChat = newChat();
        JsonObject elsewhere = Http.object(post(messages(otherChat), message(clientId, "我要回家")).body());
        assertFalse(elsewhere.getBoolean("duplicate"), "the same client id in another chat is another message");
    }

    @Test
    void htmlAndScriptInMessagesComeBackLiterally() throws Exception {
        String chatId = newChat();
        String nasty = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\" 😀";
        send(chatId, nasty);
        List<JsonObject> lines = lines(chatId, 0);
        assertEquals(nasty, lines.get(0).getString("body"));
        try (EventStream stream = EventStream.open(chatId, null, 0)) {
            assertEquals(nasty, stream.next().data().getString("body"));
        }
    }

    @Test
    void messageOf2000CharactersIsAcceptedAndLongerGets400Problem() throws Exception {
        String chatId = newChat();
        assertEquals(200, post(messages(chatId), message(UUID.randomUUID().toString(), "回".repeat(2000))).statusCode());
        HttpResponse<String> tooLong = post(messages(chatId), message(UUID.randomUUID().toString(), "回".repeat(2001)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.object(tooLong.body());
        assertEquals("Message too long", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("2000"), problem.toString());
        assertEquals(2, lines(chatId, 0).size(), "the long message was not stored");

        HttpResponse<String> noId = post(messages(chatId), "{\"body\":\"hi\"}");
        assertEquals(400, noId.statusCode());
        assertEquals(400, post(messages(chatId), "not json").statusCode());
    }

    @Test
    void emptyMessageGetsTheMenu() throws Exception {
        JsonObject answer = send(newChat(), "");
        assertTrue(answer.getString("reply").contains("1") && HAN.matcher(answer.getString("reply")).find(),
                answer.toString());
    }

    // ---- the event stream -----------------------------------------------------------------------

    @Test
    void droppedStreamResumesAfterLastEventIdWithoutLossOrDoubles() throws Exception {
        String chatId = newChat();
        List<Long> seen = new ArrayList<>();
        try (EventStream stream = EventStream.open(chatId, null, 0)) {
            send(chatId, "我要回家");
            seen.add(stream.next().id());
            seen.add(stream.next().id());
        } // the connection drops here

        send(chatId, "重庆万州");
        send(chatId, "腊月十八");
        try (EventStream stream = EventStream.open(chatId, Long.toString(seen.get(seen.size() - 1)), 0)) {
            for (int i = 0; i < 4; i++) {
                seen.add(stream.next().id());
            }
            send(chatId, "俩人"); // pushed live on the resumed stream, well before the 15-second catch-up
            seen.add(stream.next(Duration.ofSeconds(5)).id());
            seen.add(stream.next(Duration.ofSeconds(5)).id());
            assertTrue(stream.nothingWithin(Duration.ofSeconds(2)), "no event after the last message");
        }
        List<Long> stored = lines(chatId, 0).stream().map(l -> l.getJsonNumber("id").longValue()).toList();
        assertEquals(8, stored.size(), stored.toString());
        assertEquals(stored, seen, "every message exactly once, in order");
    }

    @Test
    void afterParameterStartsAFreshStreamAndLastEventIdWinsOverIt() throws Exception {
        String chatId = newChat();
        send(chatId, "我要回家");
        send(chatId, "重庆万州");
        List<Long> ids = lines(chatId, 0).stream().map(l -> l.getJsonNumber("id").longValue()).toList();
        try (EventStream stream = EventStream.open(chatId, null, ids.get(1))) {
            assertEquals(ids.get(2), stream.next().id());
            assertEquals(ids.get(3), stream.next().id());
        }
        try (EventStream stream = EventStream.open(chatId, Long.toString(ids.get(2)), ids.get(0))) {
            assertEquals(ids.get(3), stream.next().id(), "the browser's Last-Event-ID wins over the page's ?after=");
        }
        assertEquals(List.of(ids.get(3)), lines(chatId, ids.get(2)).stream()
                .map(l -> l.getJsonNumber("id").longValue()).toList(), "the JSON fallback resumes the same way");
    }

    // ---- phone verification ---------------------------------------------------------------------

    @Test
    void workerAddsPhoneWithTheCodeSentBySmsAndWrongCodesAreCounted() throws Exception {
        String chatId = newChat();
        HttpResponse<String> sent = post(phone(chatId), "{\"phone\":\"139 0013 9042\"}");
        assertEquals(202, sent.statusCode(), sent.body());
        assertEquals("139****9042", Http.object(sent.body()).getString("phone"));

        JsonObject codeLine = lines(chatId, 0).stream().filter(l -> l.getString("body").contains("验证码"))
                .findFirst().orElseThrow(() -> new AssertionError("the code SMS is in the worker's messages"));
        assertTrue(codeLine.getString("body").contains("******") && !codeLine.getString("body").matches(".*\\d{6}.*"),
                "the chat never shows the code: " + codeLine);
        String code = codeSentTo("+8613900139042");

        String wrong = code.equals("000000") ? "111111" : "000000";
        HttpResponse<String> refused = post(phone(chatId) + "/code", "{\"code\":\"" + wrong + "\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("Wrong code", Http.object(refused.body()).getString("title"));
        assertEquals(4, Http.object(refused.body()).getInt("attemptsLeft"));

        HttpResponse<String> confirmed = post(phone(chatId) + "/code", "{\"code\":\"" + code + "\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("139****9042", Http.object(confirmed.body()).getString("phone"));
        JsonObject resumed = Http.object(post("/chat/api/sessions", "{\"chatId\":\"" + chatId + "\"}").body());
        assertEquals("139****9042", resumed.getString("phone"));
        assertFalse(get("/chat/api/sessions/" + chatId + "/messages").body().contains("验证码" + code));
    }

    /**
     * A worker who texted before asks for a trip in the chat, then verifies the same phone there: the
     * chat's request and conversation move to the phone's worker (one person, one file), and the
     * chat keeps talking to the same dialog.
     */
    @Test
    void verifyingAPhoneThatTextedBeforeMovesTheChatsRequestsToThatWorker() throws Exception {
        String phone = "+8613900139077";
        assertEquals(200, Http.sms(server, "SMchatmerge" + "x".repeat(22), phone, "帮助").statusCode());
        String chatId = newChat();
        Set<Integer> before = tripRequestIds();
        send(chatId, "腊月二十二从杭州回安徽六安，2个人");
        send(chatId, "1");
        List<JsonObject> mine = Http.getArray(server, "/api/returnhome/requests").stream().map(JsonValue::asJsonObject)
                .filter(r -> !before.contains(r.getInt("id"))).toList();
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("chat", mine.get(0).getString("phone"), "before verification the request is the chat worker's");

        assertEquals(202, post(phone(chatId), "{\"phone\":\"" + phone + "\"}").statusCode());
        HttpResponse<String> confirmed = post(phone(chatId) + "/code", "{\"code\":\"" + codeSentTo(phone) + "\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());

        JsonObject moved = Http.getArray(server, "/api/returnhome/requests").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getInt("id") == mine.get(0).getInt("id")).findFirst().orElseThrow();
        assertEquals("139****9077", moved.getString("phone"), "the request now belongs to the phone's worker");
        JsonObject next = send(chatId, "我的车几点走");
        assertTrue(HAN.matcher(next.getString("reply")).find(), "the chat goes on: " + next);
    }

    @Test
    void staffViewsHideTheCodeTheSimulatorPhoneShows() throws Exception {
        String chatId = newChat();
        assertEquals(202, post(phone(chatId), "{\"phone\":\"139 0013 9045\"}").statusCode());
        String code = codeSentTo("+8613900139045");
        JsonObject staffLine = Http.getArray(server, "/api/sms/outbox?phone=%2B8613900139045").stream()
                .map(JsonValue::asJsonObject).filter(o -> "VERIFICATION".equals(o.getString("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("the code SMS is in the staff outbox view"));
        assertFalse(staffLine.getString("body").contains(code), staffLine.toString());
        assertFalse(staffLine.getString("body").matches(".*\\d.*"), "no digit of the code: " + staffLine);
        assertTrue(staffLine.getString("body").contains("******"), staffLine.toString());

        // the worker confirms the phone, then texts for a person from it: the SMS conversation that holds
        // the code goes to the operators' queue, which shows its transcript with the code hidden
        assertEquals(200, post(phone(chatId) + "/code", "{\"code\":\"" + code + "\"}").statusCode());
        HttpResponse<String> asked = Http.sms(server, "SMchatqueue" + "x".repeat(23), "+8613900139045", "转人工");
        assertEquals(200, asked.statusCode(), asked.body());
        Instant until = Instant.now().plusSeconds(20);
        String queue = "";
        while (!queue.contains("验证码") && Instant.now().isBefore(until)) {
            queue = Http.get(server, "/api/helpdesk/queue", "admin", WarmlineServer.DEMO_PASSWORD).body();
            Thread.sleep(200);
        }
        assertTrue(queue.contains("验证码"), "the code SMS is in the queue's transcript: " + queue);
        assertFalse(queue.contains(code), "the queue hides the code");
    }

    @Test
    void fiveWrongCodesKillTheCode() throws Exception {
        String chatId = newChat();
        assertEquals(202, post(phone(chatId), "{\"phone\":\"13900139043\"}").statusCode());
        assertTrue(lines(chatId, 0).stream().anyMatch(l -> l.getString("body").contains("验证码")));
        String code = codeSentTo("+8613900139043");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            HttpResponse<String> answer = post(phone(chatId) + "/code", "{\"code\":\"" + wrong + "\"}");
            assertEquals(left, Http.object(answer.body()).getInt("attemptsLeft"), answer.body());
        }
        assertEquals(410, post(phone(chatId) + "/code", "{\"code\":\"" + wrong + "\"}").statusCode());
        assertEquals(410, post(phone(chatId) + "/code", "{\"code\":\"" + code + "\"}").statusCode(),
                "the right code no longer works either");
    }

    @Test
    void atMostThreeCodesPerPhonePerHourAndBadNumbersAreRefused() throws Exception {
        String phoneJson = "{\"phone\":\"+86 139 0013 9044\"}";
        for (int i = 0; i < 3; i++) {
            assertEquals(202, post(phone(newChat()), phoneJson).statusCode());
        }
        HttpResponse<String> fourth = post(phone(newChat()), phoneJson);
        assertEquals(429, fourth.statusCode(), fourth.body());
        assertTrue(fourth.headers().firstValue("Retry-After").isPresent());
        assertEquals("Too many codes", Http.object(fourth.body()).getString("title"));

        HttpResponse<String> bad = post(phone(newChat()), "{\"phone\":\"12345\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("Invalid phone number", Http.object(bad.body()).getString("title"));
        assertEquals(400, post(phone(newChat()) + "/code", "{\"code\":\"12ab\"}").statusCode());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String newChat() throws Exception {
        HttpResponse<String> created = post("/chat/api/sessions", "{\"language\":\"zh\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getString("chatId");
    }

    private static String messages(String chatId) {
        return "/chat/api/sessions/" + chatId + "/messages";
    }

    private static String phone(String chatId) {
        return "/chat/api/sessions/" + chatId + "/phone";
    }

    private static String message(String clientId, String body) {
        return Json.createObjectBuilder().add("clientMessageId", clientId).add("body", body).build().toString();
    }

    private static JsonObject send(String chatId, String body) throws Exception {
        HttpResponse<String> answer = post(messages(chatId), message(UUID.randomUUID().toString(), body));
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.object(answer.body());
    }

    private static List<JsonObject> lines(String chatId, long after) throws Exception {
        HttpResponse<String> answer = get(messages(chatId) + "?after=" + after);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.object(answer.body()).getJsonArray("messages").stream().map(JsonValue::asJsonObject).toList();
    }

    private static Set<Integer> tripRequestIds() throws Exception {
        return Http.getArray(server, "/api/returnhome/requests").stream()
                .map(r -> r.asJsonObject().getInt("id")).collect(Collectors.toSet());
    }

    /**
     * @param phone the number the code was sent to
     * @return the code in the newest VERIFICATION SMS to that number, as the SMS simulator's phone
     *         shows it (staff views hide the digits)
     */
    private static String codeSentTo(String phone) throws Exception {
        HttpResponse<String> sent = get("/simulator/api/messages?phone=" + java.net.URLEncoder.encode(phone, StandardCharsets.UTF_8));
        assertEquals(200, sent.statusCode(), sent.body());
        String body = Http.object(sent.body()).getJsonArray("outbound").stream().map(JsonValue::asJsonObject)
                .filter(o -> "VERIFICATION".equals(o.getString("kind")))
                .reduce((first, second) -> second.getJsonNumber("id").longValue() > first.getJsonNumber("id").longValue()
                        ? second : first)
                .map(o -> o.getString("body")).orElseThrow(() -> new AssertionError(sent.body()));
        var m = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One server-sent event. */
    private record Event(long id, JsonObject data) { }

    /** The chat's event stream: message events (with an id) as {@link Event}s, read through {@link SseStream}. */
    private static final class EventStream implements AutoCloseable {
        private final SseStream sse;

        private EventStream(SseStream sse) {
            this.sse = sse;
        }

        static EventStream open(String chatId, String lastEventId, long after) throws Exception {
            return new EventStream(SseStream.open(server, "/chat/api/sessions/" + chatId + "/events?after=" + after,
                    lastEventId == null ? Map.of() : Map.of("Last-Event-ID", lastEventId)));
        }

        /** @return the next message event, waiting at most 20 seconds */
        Event next() throws Exception {
            return next(Duration.ofSeconds(20));
        }

        /** @param wait how long to wait @return the next message event */
        Event next(Duration wait) throws Exception {
            SseStream.Event e = sse.await(x -> x.id() != null, wait);
            return new Event(Long.parseLong(e.id()), Http.object(e.data()));
        }

        /** @return true if no event arrives within the time (heartbeat comments do not count) */
        boolean nothingWithin(Duration wait) throws Exception {
            try {
                next(wait);
                return false;
            } catch (TimeoutException expected) {
                return true;
            }
        }

        @Override
        public void close() throws Exception {
            sse.close();
        }
    }
}
