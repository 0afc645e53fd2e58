package org.warmline.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test client: Twilio-signed webhooks and the staff API with HTTP Basic, over real HTTP. */
final class Http {

    /**
     * HTTP/1.1, one request per connection at a time, as browsers and Twilio talk to a plain-HTTP server:
     * Java's client otherwise upgrades to HTTP/2 and multiplexes every call of the test JVM on one
     * connection, and Payara closing that connection (after a stream the client had left) ended calls
     * of unrelated tests with "EOF reached while reading".
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Http() {
    }

    /**
     * Twilio's signature (docs "Validating requests"): Base64(HMAC-SHA1(token, url + sorted k+v)).
     *
     * @param token  auth token
     * @param url    the URL Twilio calls
     * @param params POST fields
     * @return the X-Twilio-Signature value
     */
    static String sign(String token, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the fields of an inbound SMS webhook as Twilio sends them */
    static Map<String, String> smsForm(String sid, String from, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "US");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("SmsSid", sid);
        form.put("SmsStatus", "received");
        form.put("Body", body);
        form.put("To", "+15005550006");
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("From", from);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /**
     * Posts a form to the server's SMS webhook with the given signature header (null: none).
     *
     * @return the response
     */
    static HttpResponse<String> postWebhook(WarmlineServer server, Map<String, String> form, String signature)
            throws IOException, InterruptedException {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/webhooks/twilio/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a correctly signed (for the public base URL) SMS webhook. @return the response */
    static HttpResponse<String> sms(WarmlineServer server, String sid, String from, String body)
            throws IOException, InterruptedException {
        Map<String, String> form = smsForm(sid, from, body);
        return postWebhook(server, form, sign(WarmlineServer.AUTH_TOKEN,
                WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/sms", form));
    }

    /** GET with HTTP Basic (user null: anonymous). @return the response */
    static HttpResponse<String> get(WarmlineServer server, String path, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** POST of a JSON body without credentials (the worker's web chat). @return the response */
    static HttpResponse<String> postJson(WarmlineServer server, String path, String json)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** @return the JSON array at path, as the demo coordinator @throws AssertionError unless 200 */
    static JsonArray getArray(WarmlineServer server, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(server, path, "admin", WarmlineServer.DEMO_PASSWORD);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " gave " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** @param body a JSON object text @return the parsed object */
    static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /**
     * @param r      a response (text or bytes)
     * @param status the status it must have
     * @return its problem body, after checking the status and the problem+json media type
     * @throws AssertionError if either differs
     */
    static JsonObject problem(HttpResponse<?> r, int status) {
        String body = r.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(r.body());
        if (r.statusCode() != status
                || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            throw new AssertionError("expected a " + status + " problem+json, got " + r.statusCode() + " "
                    + r.headers().firstValue("Content-Type").orElse("") + ": " + body);
        }
        return object(body);
    }
}
