package org.warmline.webapp.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Test client for the outbox: queue over the staff API, read states, post signed status callbacks. */
final class Outbox {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Outbox() {
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + WarmlineServer.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Queues a message to a known worker. @return the response (201 with {"id":…}) */
    static HttpResponse<String> queue(WarmlineServer server, String phone, String body, String kind, Instant validUntil)
            throws IOException, InterruptedException {
        String json = "{\"phone\":\"" + phone + "\",\"body\":\"" + body.replace("\"", "\\\"") + "\",\"kind\":\"" + kind + "\""
                + (validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"") + "}";
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/sms/outbox"))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** @return the id of a queued message @throws AssertionError unless 201 */
    static long queued(WarmlineServer server, String phone, String body, String kind) throws Exception {
        HttpResponse<String> r = queue(server, phone, body, kind, null);
        if (r.statusCode() != 201) {
            throw new AssertionError("queue gave " + r.statusCode() + ": " + r.body());
        }
        return Http.object(r.body()).getJsonNumber("id").longValue();
    }

    /** @return the outbound messages to a phone, newest first */
    static JsonArray list(WarmlineServer server, String phone) throws IOException, InterruptedException {
        return Http.getArray(server, "/api/sms/outbox?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
    }

    /** @return the message with that id */
    static JsonObject message(WarmlineServer server, String phone, long id) throws Exception {
        return list(server, phone).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + id));
    }

    /** Waits until the message satisfies the condition. @return the message */
    static JsonObject await(WarmlineServer server, String phone, long id, Predicate<JsonObject> until, Duration limit)
            throws Exception {
        Instant end = Instant.now().plus(limit);
        JsonObject m = message(server, phone, id);
        while (!until.test(m)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("message " + id + " still " + m + "\n" + server.tail(40));
            }
            Thread.sleep(200);
            m = message(server, phone, id);
        }
        return m;
    }

    /** @return a predicate: status is one of these */
    static Predicate<JsonObject> status(String... states) {
        return m -> java.util.Arrays.asList(states).contains(m.getString("status"));
    }

    /**
     * Posts a status callback, signed like Twilio for the public URL with this query.
     *
     * @param query     e.g. "id=51" (null for none)
     * @param params    the callback's fields
     * @param signature null: sign correctly; otherwise sent as is
     */
    static HttpResponse<String> callback(WarmlineServer server, String query, Map<String, String> params, String signature)
            throws IOException, InterruptedException {
        String path = "/webhooks/twilio/status" + (query == null ? "" : "?" + query);
        String sig = signature != null ? signature
                : Http.sign(WarmlineServer.AUTH_TOKEN, WarmlineServer.PUBLIC_BASE_URL + path, params);
        String encoded = params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", sig)
                .POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
