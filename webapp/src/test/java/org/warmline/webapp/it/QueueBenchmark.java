package org.warmline.webapp.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * How long the operators' queue takes with many open conversations: starts the packaged server (H2),
 * opens {@code N} conversations (default 10,000) the way they really arrive — a signed SMS webhook
 * asking for a person (转人工) from N different phones, 16 at a time — waits until the helpdesk has
 * them all, then times {@code GET /api/helpdesk/conversations} (one page of 50, server-side paging,
 * with count and previews) 30 times, and the same filtered by a text search. Prints figures, asserts
 * nothing; last line {@code queue: open=N page_ms_p50=A page_ms_p95=B search_ms_p50=C}.
 * Run (from the repository root):
 * {@code mvn -B -q -pl webapp -am install -DskipTests && mvn -B -q -pl webapp exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.warmline.webapp.it.QueueBenchmark -Dwarmline.jar=webapp/target/warmline.jar [-Dqueue.size=10000]}
 */
public final class QueueBenchmark {

    private QueueBenchmark() {
    }

    /** @param args unused @throws Exception on failure */
    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("queue.size", 10_000);
        Path data = Files.createTempDirectory("warmline-queue-benchmark");
        try (WarmlineServer server = new WarmlineServer(data, Map.of()).start()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            Instant start = Instant.now();
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String phone = String.format("+86137%08d", i);
                String sid = String.format("SMqueue%027d", i);
                sent.add(pool.submit(() -> Http.sms(server, sid, phone, "转人工 请帮帮我").statusCode()));
            }
            long failed = 0;
            for (Future<Integer> f : sent) {
                if (f.get() != 200) {
                    failed++;
                }
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            System.out.printf("sent %d webhooks in %d s (%d failed)%n", n, Duration.between(start, Instant.now()).toSeconds(), failed);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString(("operator:" + WarmlineServer.DEMO_PASSWORD).getBytes());
            long total = 0;
            Instant until = Instant.now().plusSeconds(300);
            while (Instant.now().isBefore(until)) {
                String body = get(client, server, auth, "/api/helpdesk/conversations?size=1").body();
                total = Http.object(body).getJsonNumber("total").longValue();
                if (total >= n - failed) {
                    break;
                }
                Thread.sleep(1000);
            }
            System.out.printf("open conversations in the queue: %d%n", total);
            List<Long> page = time(client, server, auth, "/api/helpdesk/conversations?size=50&page=0");
            List<Long> deep = time(client, server, auth, "/api/helpdesk/conversations?size=50&page=150");
            List<Long> search = time(client, server, auth, "/api/helpdesk/conversations?size=50&q=%E5%B8%AE%E5%B8%AE");
            System.out.printf("first page: p50=%d ms p95=%d ms; page 150: p50=%d ms; text search: p50=%d ms%n",
                    p(page, 50), p(page, 95), p(deep, 50), p(search, 50));
            System.out.printf("queue: open=%d page_ms_p50=%d page_ms_p95=%d search_ms_p50=%d%n",
                    total, p(page, 50), p(page, 95), p(search, 50));
        }
    }

    private static HttpResponse<String> get(HttpClient client, WarmlineServer server, String auth, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Long> time(HttpClient client, WarmlineServer server, String auth, String path) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(client, server, auth, path);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(client, server, auth, path);
            millis.add((System.nanoTime() - t0) / 1_000_000);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " gave " + r.statusCode());
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private static long p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }
}
