package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One client, several event streams and requests at once, on the packaged server over plain HTTP: a
 * client that asks for HTTP/2 there (Java's {@code HttpClient} as it comes, {@code curl --http2}, a proxy
 * speaking h2c) puts them all on one connection. A console page that goes away (its stream closed by the
 * client, the server still writing to it) must not end the client's other streams nor fail its next
 * requests. Over HTTP/2 it did: the server closed the whole connection, so a chat stream on it read as
 * ended (ChatIT's resumed stream after ChannelReachIT's console stream, on the shared test server).
 */
class EventStreamConnectionsIT {

    private static WarmlineServer server;
    private static Workers workers;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        workers = new Workers(server);
    }

    @Test
    void aConsoleStreamClosedByItsClientLeavesThatClientsChatStreamAndRequestsAlone() throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // as it comes: asks for HTTP/2 (an h2c upgrade) on http://
        String auth = "Basic " + Base64.getEncoder().encodeToString(("operator:" + WarmlineServer.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        SseStream console = SseStream.open(client, server, "/api/helpdesk/events", Map.of("Authorization", auth));
        String chat = workers.newChat("zh");
        try (SseStream page = SseStream.open(client, server, "/chat/api/sessions/" + chat + "/events?after=0", Map.of())) {
            handOffs(3); // the console's stream gets events it does not read
            console.close(); // the operator's page goes away
            handOffs(3); // the server writes to the stream that has gone
            // over the next seconds, the same client's requests are answered and its chat stream gets every message
            for (String text : new String[] {"你好", "我要回家", "谢谢"}) {
                Thread.sleep(1_000);
                HttpResponse<String> answer = send(client, chat, text);
                assertEquals(200, answer.statusCode(), answer.body());
                String id = String.valueOf(Http.object(answer.body()).getJsonNumber("messageId").longValue());
                SseStream.Event event = page.await(e -> id.equals(e.id()), Duration.ofSeconds(20));
                assertEquals(text, Http.object(event.data()).getString("body"));
            }
        }
    }

    /** @param count how many new chat workers ask for a person (each a ticket change the console hears of) */
    private static void handOffs(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            workers.sendChat(workers.newChat("zh"), "转人工");
        }
    }

    private static HttpResponse<String> send(HttpClient client, String chatId, String text) throws Exception {
        String json = Json.createObjectBuilder().add("clientMessageId", UUID.randomUUID().toString()).add("body", text)
                .build().toString();
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/api/sessions/" + chatId + "/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
