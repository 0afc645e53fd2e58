package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A text/event-stream connection to the packaged server, read event by event as a browser's
 * EventSource does (the web chat's {@code /chat/api/sessions/{id}/events}, the console's
 * {@code /api/helpdesk/events}). Comments (heartbeats) are skipped.
 */
final class SseStream implements AutoCloseable {

    /**
     * HTTP/1.1, one connection per stream, as a browser's EventSource has on plain HTTP (browsers never
     * speak HTTP/2 there). Java's client as it comes asks for HTTP/2 and puts every stream of the test JVM
     * on one connection, which Payara's HTTP/2 closed as a whole when a stream the client had closed was
     * written to: every other class's stream on it then read as ended.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * One event.
     *
     * @param name its name ("message" when none was given)
     * @param id   its id, or null
     * @param data its data lines joined
     */
    record Event(String name, String id, String data) { }

    private final InputStream body;
    private final BufferedReader reader;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    /** A read that timed out is still waiting for the next event; the next wait takes it over. */
    private Future<Event> pending;

    private SseStream(InputStream body) {
        this.body = body;
        this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /**
     * @param server  the server
     * @param path    path and query of the stream
     * @param headers extra request headers (Authorization, Last-Event-ID …)
     * @return the open stream (status 200 asserted)
     */
    static SseStream open(WarmlineServer server, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"), path);
        return new SseStream(response.body());
    }

    /**
     * @param wanted which event to wait for; others are skipped
     * @param wait   how long at most
     * @return the first event that matches
     * @throws TimeoutException when none came in time (the stream stays usable: the read goes on)
     */
    Event await(Predicate<Event> wanted, Duration wait) throws Exception {
        Instant until = Instant.now().plus(wait);
        while (true) {
            long left = Duration.between(Instant.now(), until).toMillis();
            if (left <= 0) {
                throw new TimeoutException("no matching event within " + wait);
            }
            if (pending == null) {
                pending = thread.submit(this::read);
            }
            Event event = pending.get(left, TimeUnit.MILLISECONDS);
            pending = null;
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    private Event read() throws Exception {
        String name = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    return new Event(name == null ? "message" : name, id, data.toString());
                }
                name = null;
                id = null;
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            }
        }
        throw new AssertionError("the stream ended");
    }

    @Override
    public void close() throws Exception {
        thread.shutdownNow();
        body.close();
    }
}
