package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged server without Twilio sending credentials: the simulator transport and the /simulator page. */
class SmsSimulatorIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** @return this machine's first address that is not loopback (the server listens on all of them) */
    private static java.net.InetAddress networkAddress() throws Exception {
        return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElseThrow(() -> new AssertionError("this test needs a network address besides loopback"));
    }

    @Test
    void simulatorAnswersOnlyThisMachine() throws Exception {
        String local = "/simulator/api/messages?phone=%2B8613800138000";
        assertEquals(200, Http.get(server, local, null, null).statusCode(), "from loopback");
        URI base = URI.create(server.baseUrl());
        String other = "http://" + networkAddress().getHostAddress() + ":" + base.getPort();
        for (String path : new String[] {local, "/simulator", "/simulator/simulator.js"}) {
            HttpResponse<String> refused = CLIENT.send(HttpRequest.newBuilder(URI.create(other + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(403, refused.statusCode(), path + " from " + other + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(refused.body().contains("warmline.simulator.remote"), refused.body());
        }
        HttpResponse<String> typed = CLIENT.send(HttpRequest.newBuilder(URI.create(other + "/simulator/api/send"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"phone\":\"+8613800138000\",\"body\":\"转人工\"}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(403, typed.statusCode(), "nobody types as a worker from another machine");
        HttpResponse<String> proxied = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + local))
                .header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, proxied.statusCode(), "a request a local proxy forwarded is not local");
    }

    @Test
    void pageLoadsItsScriptFromAFileAndHasNoInlineScript() throws Exception {
        HttpResponse<String> page = Http.get(server, "/simulator", null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("src="), "inline script: " + scripts.group());
        }
        assertEquals(1, count);
        HttpResponse<String> js = Http.get(server, "/simulator/simulator.js", null, null);
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("textContent"));
        assertFalse(js.body().contains("innerHTML"), "message text is rendered as text only");
        assertEquals(404, Http.get(server, "/simulator/other.js", null, null).statusCode());
    }

    @Test
    void typingAsAWorkerDrivesTheSignedWebhookAndShowsTheReply() throws Exception {
        String phone = "+8613700137101";
        HttpResponse<String> sent = post("/simulator/api/send",
                "{\"phone\":\"" + phone + "\",\"body\":\"腊月二十二从杭州回安徽六安，2个人\"}");
        assertEquals(200, sent.statusCode(), sent.body());
        JsonObject answer = Http.object(sent.body());
        assertEquals(200, answer.getInt("status"));
        assertTrue(answer.getString("reply").contains("确认"), answer.toString());
        HttpResponse<String> messages = Http.get(server, "/simulator/api/messages?phone=%2B8613700137101", null, null);
        JsonArray transcript = Http.object(messages.body()).getJsonArray("transcript");
        assertEquals(2, transcript.size(), transcript.toString());
        assertEquals("INBOUND", transcript.getJsonObject(0).getString("direction"));
        assertEquals("OUTBOUND", transcript.getJsonObject(1).getString("direction"));
        // as Twilio would, the simulator reports the TwiML reply's delivery to its StatusCallback
        assertEquals("DELIVERED", transcript.getJsonObject(1).getString("status"), transcript.toString());
    }

    @Test
    void outboundMessageIsDeliveredBySimulatorAndShownWithItsStatus() throws Exception {
        String phone = "+8613700137102";
        post("/simulator/api/send", "{\"phone\":\"" + phone + "\",\"body\":\"你好\"}");
        long id = Outbox.queued(server, phone, "您的车票已出", "NOTICE");
        JsonObject m = Outbox.await(server, phone, id, Outbox.status("DELIVERED"), Duration.ofSeconds(30));
        assertEquals(String.format("SM%032x", id), m.getString("providerMessageId"));
        HttpResponse<String> messages = Http.get(server, "/simulator/api/messages?phone=%2B8613700137102", null, null);
        assertTrue(Http.object(messages.body()).getJsonArray("outbound").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id
                        && "DELIVERED".equals(v.asJsonObject().getString("status"))));
    }
}
