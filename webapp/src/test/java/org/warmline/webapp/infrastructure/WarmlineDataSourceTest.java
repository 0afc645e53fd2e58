package org.warmline.webapp.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 database as the product opens it ({@link WarmlineDataSource#h2FileUrl}). */
class WarmlineDataSourceTest {

    @Test
    void aSecondWriterOfARowWaitsForTheFirstsCommitInsteadOfFailingAfterOneSecond(@TempDir Path dir) throws Exception {
        String url = WarmlineDataSource.h2FileUrl(dir);
        try (Connection first = DriverManager.getConnection(url, "sa", "");
             Connection second = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = first.createStatement()) {
                s.execute("create table ticket (id bigint primary key, replies int)");
                s.execute("insert into ticket values (1, 0)");
            }
            first.setAutoCommit(false);
            try (Statement s = first.createStatement()) {
                s.executeUpdate("update ticket set replies = replies + 1 where id = 1"); // the message lane's change
            }
            CompletableFuture<Integer> reply = CompletableFuture.supplyAsync(() -> {
                try (Statement s = second.createStatement()) {
                    return s.executeUpdate("update ticket set replies = replies + 1 where id = 1"); // the operator's reply
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(2_500); // the lane holds the row for 2.5 s (a busy machine)
            first.commit();
            assertEquals(1, reply.get(10, TimeUnit.SECONDS), "the reply's update waited and was applied");
            try (Statement s = second.createStatement(); ResultSet r = s.executeQuery("select replies from ticket")) {
                assertTrue(r.next());
                assertEquals(2, r.getInt(1), "both changes kept");
            }
        }
    }
}
