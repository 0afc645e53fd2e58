package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Test client for the coordinators' API: HTTP Basic calls, a worker's confirmed request, a published trip. */
final class ReturnHomeApi {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ReturnHomeApi() {
    }

    /** @param user a demo user, or null for none @return the response of one call (JSON body when given) */
    static HttpResponse<byte[]> call(WarmlineServer server, String user, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + WarmlineServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @return the body as UTF-8 text */
    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** A call as the demo coordinator that must answer 200 or 201. @return the JSON object answered */
    static JsonObject ok(WarmlineServer server, String method, String path, String json) throws Exception {
        HttpResponse<byte[]> r = call(server, "coordinator", method, path, json);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, method + " " + path + " gave " + r.statusCode()
                + ": " + text(r) + "\n" + server.tail(30));
        return Http.object(text(r));
    }

    /** @return a fresh Twilio MessageSid */
    static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A worker texts a request home and confirms it. @return the request's id */
    static long confirmedRequest(WarmlineServer server, String phone, String masked, String text) throws Exception {
        assertEquals(200, Http.sms(server, sid(), phone, text).statusCode());
        assertEquals(200, Http.sms(server, sid(), phone, "对").statusCode());
        return Http.getArray(server, "/api/returnhome/requests?status=CONFIRMED").stream().map(JsonValue::asJsonObject)
                .filter(r -> masked.equals(r.getString("phone"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A coach from 杭州 (3301) to 六安 (3415) with the request on it, published. @return the trip id */
    static long publishedTrip(WarmlineServer server, long requestId, String departure) throws Exception {
        long tripId = ok(server, "POST", "/api/returnhome/trips", "{\"vehicleType\":\"COACH_45\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],\"departure\":\"" + departure + "\","
                + "\"carrier\":\"浙运\",\"driverContact\":\"王师傅\"}").getJsonNumber("id").longValue();
        ok(server, "POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + requestId + "]}");
        ok(server, "POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
        return tripId;
    }
}
