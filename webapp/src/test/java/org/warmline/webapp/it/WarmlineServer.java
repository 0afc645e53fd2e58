package org.warmline.webapp.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged product ({@code webapp/target/warmline.jar}) started as a real process, the way the
 * README runs it, on a free port with its own data directory. Tests talk to it over HTTP only.
 *
 * <p>An IT class gets its server in one of two ways:
 * <ul>
 *   <li>{@link #shared()} / {@link #shared(Map)}: the server of that configuration that all IT classes
 *       share, started once per test run (each boot costs about half a minute here). The class must not
 *       assume an empty database or another class's data: its own phone numbers, user names and chat
 *       ids, counts measured as differences. {@link #close()} on it does nothing; the run stops it.</li>
 *   <li>{@code new WarmlineServer(dir, env).start()}: a server of the class's own, closed by the class —
 *       only when the test is about the boot itself (restart, crash, migrations on PostgreSQL, a
 *       signature configuration) or needs a configuration no other class can share.</li>
 * </ul>
 */
final class WarmlineServer implements AutoCloseable {

    /** The auth token the test servers check signatures with. */
    static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";
    /** The public URL Twilio would call; deliberately not the URL the server listens on. */
    static final String PUBLIC_BASE_URL = "https://warmline.example.org";
    /** Password of the demo accounts in tests. */
    static final String DEMO_PASSWORD = "it-demo-password";
    /** "Today" for the dialog: 2026-12-01 in Asia/Shanghai, as in the examples. */
    static final String FIXED_CLOCK = "2026-12-01T09:00:00+08:00";

    private static final Pattern READY = Pattern.compile("ready in ([\\d,]+) \\(ms\\)");

    private final Path dataDir;
    private final Map<String, String> extraEnv;
    private final boolean shared;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process process;
    private int port;
    private long readyMillis;

    /**
     * @param dataDir  the server's data directory (H2 file, simulator token)
     * @param extraEnv more environment, e.g. WARMLINE_DB_URL for PostgreSQL
     */
    WarmlineServer(Path dataDir, Map<String, String> extraEnv) {
        this(dataDir, extraEnv, false);
    }

    WarmlineServer(Path dataDir, Map<String, String> extraEnv, boolean shared) {
        this.dataDir = dataDir;
        this.extraEnv = extraEnv;
        this.shared = shared;
    }

    /**
     * @return the shared server of the default configuration (H2, Twilio simulator, the fixed clock
     *         {@link #FIXED_CLOCK}), started by the first class that asks, stopped when the run ends
     * @throws Exception if it cannot start
     */
    static WarmlineServer shared() throws Exception {
        return SharedServers.get(Map.of());
    }

    /**
     * @param extraEnv more environment, as for the constructor (e.g. another fixed clock); classes
     *                 asking with equal maps share one server
     * @return the shared server of that configuration, started by the first class that asks, stopped
     *         when the run ends
     * @throws Exception if it cannot start
     */
    static WarmlineServer shared(Map<String, String> extraEnv) throws Exception {
        return SharedServers.get(extraEnv);
    }

    /** Starts the jar and waits until Payara Micro says it is ready. @return this */
    WarmlineServer start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("warmline.jar", "target/warmline.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged server at " + jar + "; run mvn verify");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        // extra JVM options for profiling runs, e.g. -Dwarmline.server.jvmArgs=-XX:StartFlightRecording=…
        for (String option : System.getProperty("warmline.server.jvmArgs", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("WARMLINE_"));
        env.put("WARMLINE_DATA_DIR", dataDir.toString());
        if (extraEnv.containsKey("WARMLINE_TWILIO_ACCOUNT_SID")) {
            env.put("WARMLINE_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        } else {
            // simulator mode, as in the default run: the local token file signs the webhooks
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve("twilio-simulator-token"), AUTH_TOKEN + "\n");
        }
        env.put("WARMLINE_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        env.put("WARMLINE_DEMO_PASSWORD", DEMO_PASSWORD);
        env.put("WARMLINE_CLOCK_FIXED", FIXED_CLOCK);
        // the public URL is https but the tests reach the server over plain HTTP on loopback, where a
        // client keeps a Secure cookie to itself: sessions here use a plain cookie unless a test asks
        // for the production rule (an empty value removes a setting)
        env.put("WARMLINE_SESSION_SECURE_COOKIE", "false");
        env.putAll(new HashMap<>(extraEnv));
        env.values().removeIf(String::isEmpty);
        Instant started = Instant.now();
        process = builder.start();
        // -Dwarmline.server.log=FILE also copies the server's output there (benchmarks, profiling)
        String copyTo = System.getProperty("warmline.server.log", "");
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 java.io.Writer copy = copyTo.isEmpty() ? java.io.Writer.nullWriter()
                         : Files.newBufferedWriter(Path.of(copyTo), StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                    copy.write(line);
                    copy.write('\n');
                    copy.flush();
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "warmline-server-output");
        pump.setDaemon(true);
        pump.start();
        // -Dwarmline.server.startSeconds=N waits longer on a machine busy with other builds
        Duration limit = Duration.ofSeconds(Long.getLong("warmline.server.startSeconds", 240));
        while (Duration.between(started, Instant.now()).compareTo(limit) < 0) {
            for (String line : output) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    readyMillis = Long.parseLong(m.group(1).replace(",", ""));
                    recordBoot();
                    return this;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ":\n" + tail(80));
            }
            Thread.sleep(250);
        }
        stop();
        throw new IllegalStateException("server not ready after " + limit + ":\n" + tail(80));
    }

    /**
     * Appends one line per server start to {@code target/it-boots.log} (the test JVM's working
     * directory is the webapp module), so a run's boots can be counted: {@code wc -l}.
     */
    private void recordBoot() throws IOException {
        Path log = Path.of("target", "it-boots.log");
        if (Files.isDirectory(log.getParent())) {
            Files.writeString(log, Instant.now() + " " + readyMillis + "ms " + dataDir.getFileName() + " "
                    + StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                            .map(StackWalker.StackFrame::getClassName).filter(c -> c.endsWith("IT")).findFirst().orElse("?"))
                    + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** @return base URL the server listens on, e.g. http://localhost:41234 */
    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** @return start-up time Payara Micro reported, in milliseconds */
    long readyMillis() {
        return readyMillis;
    }

    /** @return the process id */
    long pid() {
        return process.pid();
    }

    /** @param lines how many @return the last lines of the server's output */
    String tail(int lines) {
        List<String> copy = new ArrayList<>(output);
        return String.join("\n", copy.subList(Math.max(0, copy.size() - lines), copy.size()));
    }

    /** @return all output lines so far */
    List<String> output() {
        return new ArrayList<>(output);
    }

    /** Kills the server with SIGKILL (kill -9: no shutdown hooks, no orderly close) and waits for it to end. */
    void kill9() throws Exception {
        ProcessHandle handle = ProcessHandle.of(pid()).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().get(30, TimeUnit.SECONDS);
    }

    /**
     * Stops the server (SIGTERM, then kill) and waits for it; does nothing on a {@link #shared()} server,
     * which the run stops at its end (so an {@code @AfterAll} that closes it is harmless).
     */
    @Override
    public void close() throws InterruptedException {
        if (!shared) {
            stop();
        }
    }

    /** Stops the server (SIGTERM, then kill) and waits for it, shared or not. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
