package org.warmline.webapp.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Inbound-webhook benchmark (issue "SMS channel …", Benchmark): starts the packaged server (H2, then
 * PostgreSQL) as a separate process and loads it from this process over loopback.
 * <ol>
 *   <li>throughput: {@value #CLIENTS} concurrent clients for {@value #SECONDS} s against
 *       {@code GET /ping} (trivial: same server, no database), then against signed
 *       {@code POST /webhooks/twilio/sms} with realistic worker messages from 2,000 phones;</li>
 *   <li>latency: an open loop at {@value #RATE} requests per second for {@value #SECONDS} s of signed
 *       webhooks, p50/p99 in milliseconds.</li>
 * </ol>
 * Prints figures, asserts nothing. Last line per database:
 * {@code webhook: db=h2|postgresql rps=N trivial_rps=M ratio=R p99_ms=L}.
 * Run: see README, Benchmarks.
 */
public final class WebhookBenchmark {

    static final int CLIENTS = 16;
    static final int SECONDS = 10;
    static final int RATE = 200;
    static final List<String> TEXTS = List.of("腊月二十二从杭州回安徽六安，2个人", "我要回家", "重庆万州", "腊月十八",
            "俩人", "在成都", "对", "老板拖欠工资两个月，大概九千块，在东莞", "想学电焊", "干装修的 想找活 在广州附近",
            "I want to go home to Hengyang, Hunan on Jan 25, just me. I'm in Guangzhou.", "帮助", "");

    /**
     * HTTP/1.1 as Twilio calls webhooks. The JDK client's default, HTTP/2, upgrades a cleartext
     * connection to h2c and multiplexes every request over one connection, which in the open loop
     * ran into the server's limit of concurrent streams (requests failed instead of queueing).
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(CLIENTS)).build();
    private static final AtomicLong SEQ = new AtomicLong();

    private WebhookBenchmark() {
    }

    /**
     * Runs the benchmark on H2 and on PostgreSQL, or on one of them with
     * {@code -Dwarmline.bench.db=h2|postgresql}.
     *
     * @param args ignored
     * @throws Exception if a server cannot start
     */
    public static void main(String[] args) throws Exception {
        String only = System.getProperty("warmline.bench.db", "");
        List<String> lines = new ArrayList<>();
        if (only.isEmpty() || only.equals("h2")) {
            lines.add(run("h2", Map.of()));
        }
        if (only.isEmpty() || only.equals("postgresql")) {
            try (TestPostgres pg = TestPostgres.start()) {
                lines.add(run("postgresql", Map.of("WARMLINE_DB_URL", pg.url(), "WARMLINE_DB_USER", pg.user(),
                        "WARMLINE_DB_PASSWORD", pg.password())));
            }
        }
        lines.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String db, Map<String, String> env) throws Exception {
        try (WarmlineServer server = new WarmlineServer(Files.createTempDirectory("warmline-bench-" + db), env).start()) {
            warmUp(server);
            long cpu0 = cpuMillis(server.pid());
            double trivial = closedLoop(() -> get(server.baseUrl() + "/ping"));
            long cpu1 = cpuMillis(server.pid());
            Map<String, Long> threads1 = threadCpuMillis(server.pid());
            double webhook = closedLoop(() -> webhook(server));
            long cpu2 = cpuMillis(server.pid());
            if (Boolean.getBoolean("warmline.bench.threads")) {
                Map<String, Long> threads2 = threadCpuMillis(server.pid());
                threads2.forEach((name, ms) -> {
                    long used = ms - threads1.getOrDefault(name, 0L);
                    if (used >= 50) {
                        System.out.printf("  [%s] threads %-16s %6d ms CPU during the webhook loop%n", db, name, used);
                    }
                });
            }
            // server CPU per request does not depend on what else runs on the machine, throughput does
            System.out.printf("[%s] server CPU per request: ping %.2f ms, webhook %.2f ms%n", db,
                    (cpu1 - cpu0) / (trivial * SECONDS), (cpu2 - cpu1) / (webhook * SECONDS));
            long[] latencies = openLoop(server);
            long p50 = latencies.length == 0 ? -1 : latencies[latencies.length / 2];
            long p99 = latencies.length == 0 ? -1 : latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)];
            System.out.printf("[%s] trivial GET /ping: %.0f req/s with %d clients%n", db, trivial, CLIENTS);
            System.out.printf("[%s] signed webhook:    %.0f req/s with %d clients%n", db, webhook, CLIENTS);
            System.out.printf("[%s] open loop %d req/s for %d s: %d answered, p50=%d ms p99=%d ms%n", db, RATE, SECONDS,
                    latencies.length, p50, p99);
            return String.format("webhook: db=%s rps=%.0f trivial_rps=%.0f ratio=%.2f p99_ms=%d", db, webhook, trivial,
                    webhook / trivial, p99);
        }
    }

    /**
     * @param pid a process on this Linux machine
     * @return its user + system CPU time so far in milliseconds ({@code /proc/<pid>/stat} fields 14
     *         and 15, in clock ticks of 10 ms), or 0 where /proc is missing
     */
    private static long cpuMillis(long pid) {
        try {
            return statCpuMillis(Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat")));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * @param stat a process's or thread's /proc stat line
     * @return its user + system CPU time in milliseconds (fields 14 and 15, clock ticks of 10 ms)
     */
    private static long statCpuMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime field 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** @return CPU milliseconds per thread name (Linux truncates names to 15 characters), summed */
    private static Map<String, Long> threadCpuMillis(long pid) {
        Map<String, Long> byName = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> tasks = Files.list(java.nio.file.Path.of("/proc/" + pid + "/task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
                    byName.merge(name, statCpuMillis(stat), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            // no /proc here
        }
        return byName;
    }

    private interface Call {
        int call() throws Exception;
    }

    /**
     * Warms the server up the way it will be measured, in closed loops of {@value #SECONDS} s (three
     * of webhooks, one of pings): with only a few hundred requests first, the JIT compiler still took
     * about a third of the server's CPU during the measured webhook loop (per-thread CPU from /proc).
     */
    private static void warmUp(WarmlineServer server) throws Exception {
        for (int round = 0; round < 3; round++) {
            closedLoop(() -> webhook(server));
        }
        closedLoop(() -> get(server.baseUrl() + "/ping"));
    }

    private static double closedLoop(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < end) {
                        if (call.call() == 200) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) {
            System.out.println("  (" + failed.get() + " requests failed)");
        }
        return ok.get() / seconds;
    }

    private static long[] openLoop(WarmlineServer server) throws Exception {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        int total = RATE * SECONDS;
        CountDownLatch answered = new CountDownLatch(total);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<String, Integer> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
        ticker.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() > total) {
                return;
            }
            HttpRequest request = webhookRequest(server);
            long t0 = System.nanoTime();
            CLIENT.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e == null && r.statusCode() == 200) {
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                } else {
                    failed.incrementAndGet();
                    failures.merge(e == null ? "HTTP " + r.statusCode() : rootCause(e), 1, Integer::sum);
                }
                answered.countDown();
            });
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        answered.await(SECONDS + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        if (failed.get() > 0 || answered.getCount() > 0) {
            System.out.println("  (open loop: " + failed.get() + " requests failed " + failures + ", "
                    + answered.getCount() + " unanswered after " + (SECONDS + 60) + " s)");
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted.stream().mapToLong(Long::longValue).toArray();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static int get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int webhook(WarmlineServer server) throws Exception {
        return CLIENT.send(webhookRequest(server), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest webhookRequest(WarmlineServer server) {
        long n = SEQ.incrementAndGet();
        String from = String.format("+86139%08d", n % 2000);
        Map<String, String> form = Http.smsForm(String.format("SMbench%027d", n), from, TEXTS.get((int) (n % TEXTS.size())));
        String signature = Http.sign(WarmlineServer.AUTH_TOKEN, WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/sms", form);
        String encoded = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/webhooks/twilio/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8)).build();
    }
}
