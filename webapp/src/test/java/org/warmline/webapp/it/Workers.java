package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Workers as the tests play them against the packaged server: texting through the signed SMS webhook,
 * chatting on the web chat's JSON API, and asking for a trip home and confirming it on either channel.
 */
final class Workers {

    private final WarmlineServer server;

    /** @param server the running server */
    Workers(WarmlineServer server) {
        this.server = server;
    }

    /** @return a fresh Twilio-like MessageSid */
    static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A signed SMS from a worker; @return the TwiML answer (200 asserted) */
    String sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, sid(), from, body);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** @param language zh or en @return a new chat id (a chat-only worker) */
    String newChat(String language) throws Exception {
        HttpResponse<String> created = Http.postJson(server, "/chat/api/sessions", "{\"language\":\"" + language + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getString("chatId");
    }

    /** A chat message; @return the answer {@code {"messageId", "duplicate", "reply", "language"}} (200 asserted) */
    JsonObject sendChat(String chatId, String body) throws Exception {
        HttpResponse<String> answer = Http.postJson(server, "/chat/api/sessions/" + chatId + "/messages",
                Json.createObjectBuilder().add("clientMessageId", UUID.randomUUID().toString()).add("body", body)
                        .build().toString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.object(answer.body());
    }

    /** A chat-only worker asks for a trip and confirms; @return the new request's id */
    long chatRequest(String chatId, String text) throws Exception {
        Set<Long> before = requestIds();
        sendChat(chatId, text);
        sendChat(chatId, "对");
        return newRequest(before);
    }

    /** A worker texts a trip request and confirms it; @return the new request's id */
    long smsRequest(String phone, String text) throws Exception {
        Set<Long> before = requestIds();
        sms(phone, text);
        sms(phone, "对");
        return newRequest(before);
    }

    /** @param id a trip request @return it as the requests API shows it */
    JsonObject request(long id) throws Exception {
        return Http.getArray(server, "/api/returnhome/requests?limit=1000").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private Set<Long> requestIds() throws Exception {
        return Http.getArray(server, "/api/returnhome/requests?limit=1000").stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private long newRequest(Set<Long> before) throws Exception {
        List<Long> added = requestIds().stream().filter(id -> !before.contains(id)).toList();
        assertEquals(1, added.size(), "one new request: " + added);
        assertEquals("CONFIRMED", request(added.get(0)).getString("status"));
        return added.get(0);
    }
}
