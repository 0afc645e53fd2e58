package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Data survives a restart, on both databases: Flyway migrates an empty database on the first start
 * and finds nothing to do on the second; the trip request stored before the restart is still
 * listed after it. The first start on an empty H2 database logs no stack trace and no error (issue 10,
 * point 7; here because the other ITs share a server whose output is not a first start's alone). Also
 * prints start-up time as Payara Micro reports it.
 */
class RestartPersistenceIT {

    @Test
    void tripRequestSurvivesRestartOnH2AndTheFirstStartLogsNoStackTraceAndNoError() throws Exception {
        Path dir = Files.createTempDirectory("warmline-it-restart-h2");
        survivesRestart("H2", dir, Map.of(), true);
        assertTrue(Files.exists(dir.resolve("warmline.mv.db")), "H2 file in the data directory");
    }

    @Test
    void tripRequestSurvivesRestartOnPostgresql() throws Exception {
        try (TestPostgres pg = TestPostgres.start()) {
            survivesRestart("PostgreSQL", Files.createTempDirectory("warmline-it-restart-pg"), Map.of(
                    "WARMLINE_DB_URL", pg.url(), "WARMLINE_DB_USER", pg.user(), "WARMLINE_DB_PASSWORD", pg.password()), false);
        }
    }

    private static void survivesRestart(String name, Path dataDir, Map<String, String> env, boolean checkFirstStartLog)
            throws Exception {
        try (WarmlineServer first = new WarmlineServer(dataDir, env).start()) {
            System.out.println("[" + name + "] first start ready in " + first.readyMillis() + " ms");
            assertTrue(first.output().stream().anyMatch(l -> l.contains("migrations applied now") && !l.contains("(0 migrations")),
                    "first start migrates");
            assertEquals(200, Http.sms(first, "SMrestart0001", "+8613800139999", "腊月二十二从杭州回安徽六安，2个人").statusCode());
            assertEquals(1, Http.getArray(first, "/api/returnhome/requests").size());
            if (checkFirstStartLog) {
                assertFirstStartLogsNoStackTraceAndNoError(first);
            }
        }
        try (WarmlineServer second = new WarmlineServer(dataDir, env).start()) {
            System.out.println("[" + name + "] restart ready in " + second.readyMillis() + " ms");
            assertTrue(second.output().stream().anyMatch(l -> l.contains("(0 migrations applied now)")),
                    "second start finds the schema current");
            JsonArray requests = Http.getArray(second, "/api/returnhome/requests");
            assertEquals(1, requests.size());
            JsonObject request = requests.getJsonObject(0);
            assertEquals("3415", request.getJsonObject("destination").getString("code"));
            assertEquals("2027-01-29", request.getString("travelDate"));
            assertEquals("138****9999", request.getString("phone"));
            // the same MessageSid after the restart is still a duplicate
            assertEquals(200, Http.sms(second, "SMrestart0001", "+8613800139999", "腊月二十二从杭州回安徽六安，2个人").statusCode());
            assertEquals(1, Http.getArray(second, "/api/returnhome/requests").size());
        }
    }

    /** The first start's output (with the work after "ready": warm-up, first requests) has no stack trace or error. */
    private static void assertFirstStartLogsNoStackTraceAndNoError(WarmlineServer server) throws Exception {
        assertEquals(200, Http.get(server, "/ping", null, null).statusCode());
        assertEquals(200, Http.sms(server, Workers.sid(), "+8613700130001", "你好").statusCode());
        Thread.sleep(2000);
        List<String> output = server.output();
        assertTrue(output.stream().anyMatch(l -> l.contains("migrations applied now")), "a fresh database was migrated");
        List<String> bad = new ArrayList<>();
        Pattern frame = Pattern.compile("^\\s+at [\\w$.]+\\(.*\\)\\s*$|^Caused by: |Exception[:\\s]|\\bSEVERE\\b|\\bERROR\\b");
        for (String line : output) {
            if (frame.matcher(line).find()) {
                bad.add(line);
            }
        }
        assertTrue(bad.isEmpty(), "stack traces or errors on the first start:\n" + String.join("\n", bad));
    }
}
