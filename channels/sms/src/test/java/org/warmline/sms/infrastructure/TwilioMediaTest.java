package org.warmline.sms.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.InboundFile;

/**
 * Fetching MMS media over real HTTP from a local server standing in for Twilio's API and its media
 * store: credentials only to the API host, redirects followed without them, reading stopped past 5 MiB,
 * a slow or failing server ends as unreachable.
 */
class TwilioMediaTest {

    private static final byte[] PICTURE = "\u00ff\u00d8\u00ff\u00e0 a picture".getBytes(StandardCharsets.ISO_8859_1);

    private HttpServer server;
    private final Map<String, String> authSeen = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            authSeen.put(path, String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            try (ex) {
                switch (path) {
                    case "/Media/redirect" -> {
                        ex.getResponseHeaders().set("Location", "http://localhost:" + port() + "/store/picture");
                        ex.sendResponseHeaders(307, -1);
                    }
                    case "/Media/picture", "/store/picture" -> {
                        ex.sendResponseHeaders(200, PICTURE.length);
                        ex.getResponseBody().write(PICTURE);
                    }
                    case "/Media/huge" -> {
                        ex.sendResponseHeaders(200, 0);
                        OutputStream out = ex.getResponseBody();
                        byte[] chunk = new byte[64 * 1024];
                        for (int i = 0; i < 6 * 16; i++) {
                            out.write(chunk);
                        }
                    }
                    case "/Media/slow" -> {
                        try {
                            TimeUnit.SECONDS.sleep(3);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        ex.sendResponseHeaders(200, PICTURE.length);
                        ex.getResponseBody().write(PICTURE);
                    }
                    default -> ex.sendResponseHeaders(404, -1);
                }
            } catch (IOException e) {
                // the fetcher stopped reading: expected for the huge file
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private InboundFile fetch(String path, long timeoutMillis) {
        return TwilioMedia.fetchOne(client, URI.create("http://127.0.0.1:" + port() + path), "image/jpeg",
                Set.of("127.0.0.1"), "AC01", "secret", System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
    }

    @Test
    void fetchesWithTheAccountsBasicAuthenticationFromTheApiHost() {
        InboundFile file = fetch("/Media/picture", 5000);
        assertArrayEquals(PICTURE, file.bytes());
        assertEquals("image/jpeg", file.declaredType());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("AC01:secret".getBytes(StandardCharsets.UTF_8)),
                authSeen.get("/Media/picture"));
    }

    @Test
    void followsTwiliosRedirectToTheMediaStoreWithoutTheCredentials() {
        InboundFile file = fetch("/Media/redirect", 5000);
        assertArrayEquals(PICTURE, file.bytes());
        assertTrue(authSeen.get("/Media/redirect").startsWith("Basic "));
        assertEquals("null", authSeen.get("/store/picture"), "the credentials went only to the API host");
    }

    @Test
    void stopsReadingOneBytePastFiveMebibytes() {
        InboundFile file = fetch("/Media/huge", 10000);
        assertEquals(InboundFile.MAX_BYTES + 1, file.bytes().length);
    }

    @Test
    void aServerSlowerThanTheTimeoutEndsAsUnreachable() {
        long start = System.nanoTime();
        InboundFile file = fetch("/Media/slow", 500);
        assertNull(file.bytes());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "gave up at the deadline");
    }

    @Test
    void anErrorAnswerEndsAsUnreachable() {
        assertNull(fetch("/Media/missing", 5000).bytes());
    }

    @Test
    void credentialsGoOnlyToTwilioOrTheConfiguredApiHost() {
        assertEquals(Set.of("api.twilio.com"), TwilioMedia.authHosts(null));
        assertEquals(Set.of("api.twilio.com", "127.0.0.1"), TwilioMedia.authHosts("http://127.0.0.1:4010"));
    }
}
