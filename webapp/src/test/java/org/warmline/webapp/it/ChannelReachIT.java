package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, items 2 and 3, on the packaged server over HTTP: a message naming a danger gets the safety
 * advice (110/120 and the workers' service hotline 12351) at once also while a person works the
 * conversation, not twice in a row, and the escalation draft keeps the place and urgency the bot
 * understood; every worker hears back on their own channel — a chat-only worker's seat offer and trip
 * change reach their chat (live over the event stream, and on the next visit, once), the confirmation
 * says truthfully how the worker will be told, the coordinator's dialog counts notices by channel, an
 * offer that reaches nobody is flagged, and an operator's chat reply goes QUEUED → DELIVERED → READ in
 * the console, pushed live.
 */
class ChannelReachIT {

    private static WarmlineServer server;
    private static Console operator;
    private static Console coordinator;
    private static Console admin;
    private static Workers workers;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        operator = Console.basic(server, "operator", WarmlineServer.DEMO_PASSWORD);
        coordinator = Console.basic(server, "coordinator", WarmlineServer.DEMO_PASSWORD);
        admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        workers = new Workers(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    // ---- item 2: safety advice always ------------------------------------------------------------

    @Test
    void aDangerMessageGetsTheSafetyAdviceWithTheHotlineAlsoWhileAPersonWorksTheConversationButNotTwiceInARow()
            throws Exception {
        // an operator has written: the bot is quiet, except for the safety advice
        long ticket = takenOver("+8613300135001", "133****5001");
        String advice = workers.sms("+8613300135001", "我在东莞厚街，腿受伤了");
        assertTrue(advice.contains("110") && advice.contains("120") && advice.contains("12351"), advice);
        assertTrue(advice.contains("职工服务热线"), advice);
        String again = workers.sms("+8613300135001", "他们还威胁我，说要弄死我");
        assertFalse(again.contains("<Message"), "the advice is not repeated within ten minutes: " + again);
        assertEquals("URGENT", operator.ok("GET", "/api/helpdesk/conversations/" + ticket, null).getJsonObject("ticket")
                .getString("priority"));

        // handed to a person who has not written yet: the advice too, not "a person will answer"
        assertTrue(workers.sms("+8613300135002", "转人工").contains("<Message"));
        String handedOff = workers.sms("+8613300135002", "被老板打了，现在没钱吃饭也没地方住");
        assertTrue(handedOff.contains("110") && handedOff.contains("12351"), handedOff);
        String second = workers.sms("+8613300135002", "真的没地方住");
        assertTrue(second.contains("<Message") && !second.contains("12351"),
                "the bot says it has the message, without the numbers again: " + second);

        // English, in the web chat
        String chat = workers.newChat("en");
        String english = workers.sendChat(chat, "My boss beat me and I have nowhere to sleep").getString("reply");
        assertTrue(english.contains("110") && english.contains("hotline: 12351"), english);
    }

    @Test
    void theEscalationDraftKeepsThePlaceAndUrgencyTheBotUnderstoodFromTheDangerMessage() throws Exception {
        long ticket = takenOver("+8613300135003", "133****5003");
        workers.sms("+8613300135003", "我在东莞厚街，腿受伤了");
        JsonObject drafts = operator.ok("GET", "/api/helpdesk/conversations/" + ticket + "/escalation-drafts", null);
        JsonObject legal = drafts.getJsonObject("legal");
        assertTrue(legal.getBoolean("urgent"), legal.toString());
        assertEquals("4419", legal.getString("siteCode"), legal.toString());
        assertTrue(drafts.getJsonObject("places").getString("4419").contains("东莞"), drafts.toString());
        assertTrue(!legal.containsKey("employer") || legal.isNull("employer") || !legal.getString("employer").contains("受伤"),
                "the danger message is not taken as an employer: " + legal);
    }

    // ---- item 3: every worker hears back on their own channel --------------------------------------

    @Test
    void theConfirmationSaysInThisChatToAChatOnlyWorkerAndBySmsToAWorkerWithAPhone() throws Exception {
        String chat = workers.newChat("zh");
        assertTrue(workers.sendChat(chat, "12月20日从杭州回安徽六安，1个人").getString("reply").contains("回复1确认"));
        String inChat = workers.sendChat(chat, "对").getString("reply");
        assertTrue(inChat.contains("我们会在这个对话里通知您"), inChat);
        assertFalse(inChat.contains("短信"), "no SMS promised to a worker without a phone: " + inChat);

        workers.sms("+8613300135010", "12月20日从杭州回安徽六安，1个人");
        String bySms = workers.sms("+8613300135010", "对");
        assertTrue(bySms.contains("短信通知您"), bySms);
        assertFalse(bySms.contains("这个对话里"), bySms);

        String english = workers.newChat("en");
        workers.sendChat(english, "I want to go home to Hengyang, Hunan on Jan 25, just me. I'm in Guangzhou.");
        String told = workers.sendChat(english, "yes").getString("reply");
        assertTrue(told.contains("we will tell you in this chat") && !told.contains("text you"), told);
    }

    @Test
    void aChatOnlyWorkersSeatOfferAndTripChangeReachTheirChatLiveAndOnTheNextVisitOnce() throws Exception {
        String open = workers.newChat("zh");
        long openRequest = workers.chatRequest(open, "12月21日从杭州回安徽六安，1个人");
        String away = workers.newChat("zh");
        long awayRequest = workers.chatRequest(away, "12月21日从杭州回安徽六安，2个人");
        long awaySeen = lastId(away, 0);
        long tripId = trip("3415", "2026-12-21T08:00");
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/requests",
                "{\"requestIds\":[" + openRequest + "," + awayRequest + "]}");

        try (SseStream page = SseStream.open(server, "/chat/api/sessions/" + open + "/events?after=" + lastId(open, 0),
                Map.of())) {
            coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
            SseStream.Event offer = page.await(e -> body(e).contains("回复1确认"), Duration.ofSeconds(20));
            assertTrue(body(offer).contains("杭州汽车东站") && body(offer).contains("1座"), offer.data());
            awaitStatus(Long.parseLong(offer.id()), "DELIVERED");

            // the page closed for the other worker: the offer waits, QUEUED, for the next visit
            long awayOffer = notices(away, awaySeen).get(0);
            assertEquals("QUEUED", statusOf(awayOffer), "nobody has read it yet");
            List<JsonObject> visit = lines(away, awaySeen);
            assertEquals(1, visit.size(), "shown once, when the worker comes back: " + visit);
            assertEquals("OUTBOUND", visit.get(0).getString("direction"));
            assertTrue(visit.get(0).getString("body").contains("回复1确认") && visit.get(0).getString("body").contains("2座"));
            assertEquals(awayOffer, visit.get(0).getJsonNumber("id").longValue());
            awaitStatus(awayOffer, "DELIVERED");
            assertTrue(lines(away, awayOffer).isEmpty(), "not shown twice");
            assertTrue(workers.sendChat(away, "1").getString("reply").contains("已确认"));
            assertEquals("SEAT_CONFIRMED", workers.request(awayRequest).getString("status"));

            // a change of the published trip is told in the chat too
            coordinator.ok("PUT", "/api/returnhome/trips/" + tripId, tripJson("3415", "2026-12-21T09:30"));
            SseStream.Event changed = page.await(e -> body(e).contains("变更"), Duration.ofSeconds(20));
            assertTrue(body(changed).contains("09:30"), changed.data());
        }
        assertTrue(lines(away, awayOffer(away)).stream().anyMatch(l -> l.getString("body").contains("09:30")),
                "the change waits in the closed chat too");
    }

    @Test
    void theCoordinatorsDialogCountsNoticesByChannelAndAnOfferThatReachesNobodyIsFlagged() throws Exception {
        long bySms = workers.smsRequest("+8613300135020", "12月22日从杭州回安徽六安，1个人");
        long optedOut = workers.smsRequest("+8613300135021", "12月22日从杭州回安徽六安，1个人");
        assertTrue(workers.sms("+8613300135021", "退订").contains("<Message"));
        long inChat = workers.chatRequest(workers.newChat("zh"), "12月22日从杭州回安徽六安，1个人");
        long tripId = trip("3415", "2026-12-22T08:00");
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/requests",
                "{\"requestIds\":[" + bySms + "," + optedOut + "," + inChat + "]}");

        JsonObject before = coordinator.ok("GET", "/api/returnhome/trips/" + tripId + "/notices", null);
        assertEquals(3, before.getInt("parties"));
        assertEquals(1, before.getInt("sms"), before.toString());
        assertEquals(1, before.getInt("chat"), before.toString());
        assertEquals(1, before.getInt("unreachable"), before.toString());
        assertTrue(before.getJsonArray("unreachableOffers").isEmpty(), "nothing offered yet");

        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
        JsonObject after = coordinator.ok("GET", "/api/returnhome/trips/" + tripId + "/notices", null);
        assertEquals(List.of(optedOut), after.getJsonArray("unreachableOffers").stream()
                .map(v -> Long.parseLong(v.toString())).toList(), after.toString());
        assertTrue(workers.request(optedOut).getBoolean("unreachableOffer"), "the request says so too");
        assertFalse(workers.request(bySms).getBoolean("unreachableOffer"));
        assertFalse(workers.request(inChat).getBoolean("unreachableOffer"));
        assertTrue(Outbox.list(server, "+8613300135021").stream().map(JsonValue::asJsonObject)
                .noneMatch(m -> m.getString("body").contains("回复1确认")), "no offer queued for the opted-out worker");
        assertTrue(Outbox.list(server, "+8613300135020").stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("body").contains("回复1确认")), "the worker with a phone gets an SMS");
    }

    @Test
    void anOperatorsChatReplyIsQueuedUntilThePageHasItThenDeliveredAndReadLiveInTheConsole() throws Exception {
        String chat = workers.newChat("zh");
        String marker = "找人-" + UUID.randomUUID().toString().substring(0, 8);
        workers.sendChat(chat, "转人工");
        workers.sendChat(chat, marker);
        long ticket = admin.awaitTicketWithText(marker);
        long seen = lastId(chat, 0);
        String auth = "Basic " + Base64.getEncoder().encodeToString(("operator:" + WarmlineServer.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (SseStream console = SseStream.open(server, "/api/helpdesk/events", Map.of("Authorization", auth))) {
            long reply = operator.ok("POST", "/api/helpdesk/conversations/" + ticket + "/reply",
                    "{\"body\":\"您好，我是热线的小王，请问有什么可以帮您？\"}").getJsonNumber("messageId").longValue();
            assertEquals("QUEUED", consoleStatus(ticket, reply), "the page has not got it yet");

            List<JsonObject> page = lines(chat, seen);
            assertTrue(page.stream().anyMatch(l -> l.getJsonNumber("id").longValue() == reply), page.toString());
            SseStream.Event delivered = console.await(e -> "delivery".equals(e.name())
                    && Http.object(e.data()).getJsonNumber("messageId").longValue() == reply
                    && "DELIVERED".equals(Http.object(e.data()).getString("status")), Duration.ofSeconds(20));
            assertEquals(ticket, Http.object(delivered.data()).getJsonNumber("id").longValue());
            assertEquals("DELIVERED", consoleStatus(ticket, reply));

            HttpResponse<String> read = post("/chat/api/sessions/" + chat + "/read", "{\"upTo\":" + reply + "}");
            assertEquals(204, read.statusCode(), read.body());
            console.await(e -> "delivery".equals(e.name()) && Http.object(e.data()).getJsonNumber("messageId").longValue() == reply
                    && "READ".equals(Http.object(e.data()).getString("status")), Duration.ofSeconds(20));
            assertEquals("READ", consoleStatus(ticket, reply));
        }
        assertEquals(400, post("/chat/api/sessions/" + chat + "/read", "{\"upTo\":\"x\"}").statusCode());
    }

    // ---- helpers ------------------------------------------------------------------------------



    /** The worker asks to go home, an operator takes the conversation and writes; @return the ticket id */
    private static long takenOver(String phone, String masked) throws Exception {
        assertTrue(workers.sms(phone, "我要回家").contains("<Message"));
        JsonObject item = admin.awaitConversation(masked, i -> true);
        long id = item.getJsonNumber("id").longValue();
        String path = "/api/helpdesk/conversations/" + id;
        operator.ok("POST", path + "/assign", "{\"assignee\":\"me\"}");
        operator.ok("POST", path + "/reply", "{\"body\":\"您好，我是热线的小王，请问您从哪里出发？\"}");
        assertFalse(workers.sms(phone, "从东莞出发").contains("<Message"), "the bot is quiet once the operator wrote");
        return id;
    }

    private static String consoleStatus(long ticket, long messageId) throws Exception {
        return operator.ok("GET", "/api/helpdesk/conversations/" + ticket, null).getJsonArray("messages").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getJsonNumber("id").longValue() == messageId)
                .map(m -> m.getString("status")).findFirst().orElseThrow();
    }



    private static List<JsonObject> lines(String chatId, long after) throws Exception {
        HttpResponse<String> answer = get("/chat/api/sessions/" + chatId + "/messages?after=" + after);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.object(answer.body()).getJsonArray("messages").stream().map(JsonValue::asJsonObject).toList();
    }

    private static long lastId(String chatId, long after) throws Exception {
        return lines(chatId, after).stream().mapToLong(l -> l.getJsonNumber("id").longValue()).max().orElse(after);
    }

    private static long awayOffer(String chatId) throws Exception {
        return notices(chatId, 0).get(0);
    }

    /** The chat's outbound notices after a message id, read through the admin API (the page is not asked). */
    private static List<Long> notices(String chatId, long after) throws Exception {
        Instant until = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(until)) {
            List<Long> found = Http.getArray(server, "/api/conversations?limit=500").stream().map(JsonValue::asJsonObject)
                    .filter(c -> "chat".equals(c.getString("channel")))
                    .flatMap(c -> c.getJsonArray("messages").stream().map(JsonValue::asJsonObject))
                    .filter(m -> m.getJsonNumber("id").longValue() > after && "OUTBOUND".equals(m.getString("direction"))
                            && m.getString("body").contains("回复1确认") && m.getString("body").contains("2座"))
                    .map(m -> m.getJsonNumber("id").longValue()).toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no offer queued for chat " + chatId.substring(0, 4) + "…");
    }

    private static String statusOf(long messageId) throws Exception {
        return Http.getArray(server, "/api/conversations?limit=500").stream().map(JsonValue::asJsonObject)
                .flatMap(c -> c.getJsonArray("messages").stream().map(JsonValue::asJsonObject))
                .filter(m -> m.getJsonNumber("id").longValue() == messageId).map(m -> m.getString("status"))
                .findFirst().orElseThrow(() -> new AssertionError("no message " + messageId));
    }

    private static void awaitStatus(long messageId, String status) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        String now = null;
        while (Instant.now().isBefore(until)) {
            now = statusOf(messageId);
            if (status.equals(now)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("message " + messageId + " is " + now + ", not " + status);
    }

    private static String body(SseStream.Event e) {
        return Http.object(e.data()).getString("body", "");
    }






    private static String tripJson(String stop, String departure) {
        return "{\"vehicleType\":\"MINIBUS_19\",\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\""
                + stop + "\"],\"departure\":\"" + departure + "\"}";
    }

    private static long trip(String stop, String departure) throws Exception {
        return coordinator.ok("POST", "/api/returnhome/trips", tripJson(stop, departure)).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return Http.get(server, path, null, null);
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return Http.postJson(server, path, json);
    }
}
