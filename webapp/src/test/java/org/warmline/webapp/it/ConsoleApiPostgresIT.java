package org.warmline.webapp.it;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same console API tests as {@link ConsoleApiIT}, on PostgreSQL (the production database). */
class ConsoleApiPostgresIT extends ConsoleApiIT {

    private static TestPostgres pg;

    @BeforeAll
    static void start() throws Exception {
        pg = TestPostgres.start();
        startOn(Map.of("WARMLINE_DB_URL", pg.url(), "WARMLINE_DB_USER", pg.user(), "WARMLINE_DB_PASSWORD", pg.password()));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            server.close();
        } finally {
            pg.close();
        }
    }
}
