package org.warmline.webapp.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A console client for the tests: either a browser-like session (form login, cookie, CSRF token from
 * {@code GET /api/session}) or an HTTP Basic API client, both over real HTTP.
 */
final class Console {

    private final WarmlineServer server;
    private final HttpClient client;
    private final String basic;
    private String csrfToken;

    private Console(WarmlineServer server, HttpClient client, String basic) {
        this.server = server;
        this.client = client;
        this.basic = basic;
    }

    /** @return a session signed in through the login form (null if the login was refused) */
    static Console login(WarmlineServer server, String user, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Console console = new Console(server, client, null);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || !location.endsWith("/console/")) {
            return null;
        }
        HttpResponse<String> session = console.send("GET", "/api/session", null, false);
        console.csrfToken = Http.object(session.body()).getString("csrfToken");
        return console;
    }

    /** @return an HTTP Basic API client */
    static Console basic(WarmlineServer server, String user, String password) {
        return new Console(server, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(),
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Waits up to 20 s until a conversation of the worker is in the helpdesk (any status, as this
     * user sees it) and satisfies the condition.
     *
     * @param maskedPhone the worker's masked phone as lists show it, e.g. 138****7001
     * @param condition   what the queue item must show
     * @return the queue item
     * @throws AssertionError if none appears in time
     */
    JsonObject awaitConversation(String maskedPhone, java.util.function.Predicate<JsonObject> condition)
            throws IOException, InterruptedException {
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        while (java.time.Instant.now().isBefore(until)) {
            JsonObject page = ok("GET", "/api/helpdesk/conversations?status=all&size=200", null);
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (maskedPhone.equals(item.getString("phone", "")) && condition.test(item)) {
                    return item;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no conversation of " + maskedPhone + " as expected");
    }

    /** @return the session's CSRF token */
    String csrfToken() {
        return csrfToken;
    }

    /** GET. @return the response */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, false);
    }

    /**
     * Waits up to 20 s until a conversation (any status, as this user sees it) holds a text.
     *
     * @param text words of one of its messages (the console's search)
     * @return the conversation's ticket id (the newest that matches)
     * @throws AssertionError if none appears in time
     */
    long awaitTicketWithText(String text) throws IOException, InterruptedException {
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        while (java.time.Instant.now().isBefore(until)) {
            JsonObject page = ok("GET", "/api/helpdesk/conversations?status=all&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null);
            if (!page.getJsonArray("items").isEmpty()) {
                return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no conversation with " + text);
    }

    /** POST with JSON and the CSRF token. @return the response */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json, true);
    }

    /** @return the JSON object of a 200/201 answer @throws AssertionError otherwise */
    JsonObject ok(String method, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = send(method, path, json, true);
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new AssertionError(method + " " + path + " gave " + r.statusCode() + ": " + r.body());
        }
        return Http.object(r.body());
    }

    /**
     * @param withToken send the X-CSRF-Token header (sessions)
     * @return the response
     */
    HttpResponse<String> send(String method, String path, String json, boolean withToken) throws IOException, InterruptedException {
        return send(method, path, json, withToken, null);
    }

    /** As {@link #send(String, String, String, boolean)} with an Origin header. @return the response */
    HttpResponse<String> send(String method, String path, String json, boolean withToken, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("X-Requested-With", "warmline-console")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (basic != null) {
            b.header("Authorization", basic);
        }
        if (withToken && csrfToken != null) {
            b.header("X-CSRF-Token", csrfToken);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
