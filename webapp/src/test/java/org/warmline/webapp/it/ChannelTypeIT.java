package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Channels as a type (issue 11, point 3), over real HTTP against the packaged server: a hand-off keeps the
 * channel the worker asked on, the operator's answer reaches them where they last wrote (the web chat's
 * stream, or SMS), and notices still go by SMS to a worker with a phone. One server for the class.
 */
class ChannelTypeIT {

    private static WarmlineServer server;
    private static Console operator;
    private static Console admin;
    private static Console coordinator;
    private static Workers workers;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        operator = Console.basic(server, "operator", WarmlineServer.DEMO_PASSWORD);
        admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        coordinator = Console.basic(server, "coordinator", WarmlineServer.DEMO_PASSWORD);
        workers = new Workers(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aChatWorkersHandOffIsAChatTicketAndTheOperatorsReplyArrivesOnTheChatsStream() throws Exception {
        String chat = workers.newChat("zh");
        String marker = marker("网聊转人工");
        workers.sendChat(chat, "转人工 " + marker);
        long ticket = admin.awaitTicketWithText(marker);
        assertEquals("chat", ticketItem(marker).getString("channel"), "the console shows the chat's ticket");

        try (SseStream page = SseStream.open(server, "/chat/api/sessions/" + chat + "/events?after=" + lastId(chat),
                Map.of())) {
            long reply = reply(ticket, "您好，我是热线的小王，网页上回您。");
            SseStream.Event shown = page.await(e -> String.valueOf(reply).equals(e.id()), Duration.ofSeconds(20));
            assertTrue(Http.object(shown.data()).getString("body", "").contains("网页上回您"), shown.data());
            awaitConsoleStatus(ticket, reply, "DELIVERED");
            awaitInChat(chat, reply);
        }
    }

    @Test
    void anSmsWorkersHandOffStaysSmsAndTheReplyGoesOutBySms() throws Exception {
        String phone = "+8613700139101";
        long ticket = smsHandOff(phone, "短信转人工");
        answeredBySms(ticket, phone, "您好，我是热线的小王，短信回您。");
    }

    /**
     * A worker asks for a person by SMS, then opens the web chat, verifies the same phone and writes there:
     * the operator's answer on the SMS ticket goes to the chat, where the worker now is, and is still shown
     * in that ticket. When the worker texts again, the next answer goes by SMS.
     */
    @Test
    void anOperatorsReplyGoesOnTheChannelTheWorkerLastWroteOn() throws Exception {
        String phone = "+8613700139102";
        long ticket = smsHandOff(phone, "先短信");

        String chat = verifiedChat(phone);
        workers.sendChat(chat, "我在网页上等 " + marker("后网聊"));

        long toChat = reply(ticket, "您好，我在网页上回您。");
        assertTrue(Outbox.list(server, phone).stream().map(JsonValue::asJsonObject).noneMatch(m -> id(m) == toChat),
                "no SMS for a worker who last wrote in the chat: " + Outbox.list(server, phone));
        awaitInChat(chat, toChat);
        assertTrue(consoleMessages(ticket).stream().anyMatch(m -> id(m) == toChat), "the ticket shows the answer");
        awaitConsoleStatus(ticket, toChat, "DELIVERED");

        workers.sms(phone, "我又发短信了 " + marker("再短信"));
        answeredBySms(ticket, phone, "您好，短信回您。");
    }

    /** The operator's rule does not move notices: a worker with a phone who last wrote in the chat is told by SMS. */
    @Test
    void aNoticeStillGoesBySmsToAWorkerWithAPhoneWhoLastWroteInTheChat() throws Exception {
        String phone = "+8613700139103";
        workers.sms(phone, "你好");
        String chat = verifiedChat(phone);
        workers.sendChat(chat, "12月22日从杭州回安徽六安，1个人");
        String confirmed = workers.sendChat(chat, "对").getString("reply");
        assertTrue(confirmed.contains("短信通知您"), "a worker with a phone is told by SMS: " + confirmed);
        long request = Http.getArray(server, "/api/returnhome/requests?limit=1000").stream().map(JsonValue::asJsonObject)
                .filter(r -> "137****9103".equals(r.getString("phone", ""))).mapToLong(ChannelTypeIT::id).max().orElseThrow();

        long trip = coordinator.ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"MINIBUS_19\",\"originCode\":"
                + "\"3301\",\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],\"departure\":\"2026-12-22T08:00\"}")
                .getJsonNumber("id").longValue();
        coordinator.ok("POST", "/api/returnhome/trips/" + trip + "/requests", "{\"requestIds\":[" + request + "]}");
        coordinator.ok("POST", "/api/returnhome/trips/" + trip + "/publish", "{}");

        Instant until = Instant.now().plusSeconds(20);
        while (Outbox.list(server, phone).stream().map(JsonValue::asJsonObject)
                .noneMatch(m -> "NOTICE".equals(m.getString("kind", "")) && m.getString("body", "").contains("回复1确认"))) {
            assertTrue(Instant.now().isBefore(until), "the seat offer went by SMS: " + Outbox.list(server, phone));
            Thread.sleep(200);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String marker(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** @return the queue item whose messages hold the marker, as the console's search shows it */
    private static JsonObject ticketItem(String marker) throws Exception {
        return admin.ok("GET", "/api/helpdesk/conversations?status=all&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8),
                null).getJsonArray("items").getJsonObject(0);
    }

    /** A worker texts for a person; @return the ticket, asserted to be the SMS conversation's in the console */
    private static long smsHandOff(String phone, String prefix) throws Exception {
        String marker = marker(prefix);
        workers.sms(phone, "转人工 " + marker);
        long ticket = admin.awaitTicketWithText(marker);
        assertEquals("sms", ticketItem(marker).getString("channel"), "the console shows the SMS ticket");
        return ticket;
    }

    /** The operator answers and the answer goes out as an SMS to the phone (the simulator's transport). */
    private static void answeredBySms(long ticket, String phone, String body) throws Exception {
        long reply = reply(ticket, body);
        JsonObject sent = Outbox.await(server, phone, reply, Outbox.status("SENT", "DELIVERED"), Duration.ofSeconds(20));
        assertEquals("OPERATOR", sent.getString("kind"), sent.toString());
    }

    /** The operator answers through the console's reply endpoint. @return the message id */
    private static long reply(long ticket, String body) throws Exception {
        return operator.ok("POST", "/api/helpdesk/conversations/" + ticket + "/reply", "{\"body\":\"" + body + "\"}")
                .getJsonNumber("messageId").longValue();
    }

    private static List<JsonObject> consoleMessages(long ticket) throws Exception {
        return operator.ok("GET", "/api/helpdesk/conversations/" + ticket, null).getJsonArray("messages").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    /** A new chat whose worker verifies the phone with the code the SMS simulator shows. @return the chat id */
    private static String verifiedChat(String phone) throws Exception {
        String chat = workers.newChat("zh");
        String path = "/chat/api/sessions/" + chat + "/phone";
        HttpResponse<String> asked = Http.postJson(server, path, "{\"phone\":\"" + phone + "\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        HttpResponse<String> confirmed = Http.postJson(server, path + "/code", "{\"code\":\"" + codeSentTo(phone) + "\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        return chat;
    }

    private static String codeSentTo(String phone) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        while (true) {
            HttpResponse<String> sent = Http.get(server, "/simulator/api/messages?phone="
                    + URLEncoder.encode(phone, StandardCharsets.UTF_8), null, null);
            assertEquals(200, sent.statusCode(), sent.body());
            String body = Http.object(sent.body()).getJsonArray("outbound").stream().map(JsonValue::asJsonObject)
                    .filter(o -> "VERIFICATION".equals(o.getString("kind")))
                    .map(o -> o.getString("body")).findFirst().orElse("");
            Matcher m = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)").matcher(body);
            if (m.find()) {
                return m.group(1);
            }
            assertTrue(Instant.now().isBefore(until), "no code sent to the phone: " + sent.body());
            Thread.sleep(200);
        }
    }

    private static List<JsonObject> chatLines(String chat) throws Exception {
        HttpResponse<String> lines = Http.get(server, "/chat/api/sessions/" + chat + "/messages", null, null);
        assertEquals(200, lines.statusCode(), lines.body());
        return Http.object(lines.body()).getJsonArray("messages").stream().map(JsonValue::asJsonObject).toList();
    }

    private static long lastId(String chat) throws Exception {
        return chatLines(chat).stream().mapToLong(l -> l.getJsonNumber("id").longValue()).max().orElse(0);
    }

    /** Waits up to 20 s until the chat's page (its polling API) has the message. */
    private static void awaitInChat(String chat, long messageId) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        List<JsonObject> lines = chatLines(chat);
        while (lines.stream().noneMatch(l -> l.getJsonNumber("id").longValue() == messageId)) {
            assertTrue(Instant.now().isBefore(until), "message " + messageId + " never reached the chat: " + lines);
            Thread.sleep(200);
            lines = chatLines(chat);
        }
    }

    private static void awaitConsoleStatus(long ticket, long messageId, String status) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        String now = null;
        while (Instant.now().isBefore(until)) {
            now = consoleMessages(ticket).stream().filter(m -> m.getJsonNumber("id").longValue() == messageId)
                    .map(m -> m.getString("status")).findFirst().orElse(null);
            if (status.equals(now)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("message " + messageId + " is " + now + " in the console, not " + status);
    }
}
