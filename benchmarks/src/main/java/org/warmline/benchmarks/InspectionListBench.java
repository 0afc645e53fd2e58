package org.warmline.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.linking.Claim;
import org.warmline.legalaid.domain.linking.GroupFlag;
import org.warmline.legalaid.domain.linking.GroupFlagRule;
import org.warmline.legalaid.infrastructure.InspectionListQueries;

/**
 * The inspection list's time to first byte, measured as its queries over an in-memory H2 database (JDBC, in
 * process; not over HTTP): the legal-aid module's own Flyway scripts create the tables, the generated claims
 * are stored as cases (with claimants, evidence checklists and chains) and the linker's groups as
 * {@code la_case_group} rows with their summaries, then the server's page queries
 * ({@link InspectionListQueries}: the ranked groups, their member cases, evidence and chains) run as the
 * server runs them for a page of {@code pageSize} groups.
 */
final class InspectionListBench {

    /** The legal-aid scripts that create the tables the list reads, in Flyway order. */
    private static final List<String> SCRIPTS = List.of("V2026_11_29_20__la_consultation.sql",
            "V2026_11_29_21__la_consultation_slots.sql", "V2026_12_07_51__la_consultation_contractor.sql",
            "V2026_12_09_01__la_case.sql", "V2026_12_09_30__la_case_group.sql");

    /** Figures of one run. @param firstRowMs time to the first ranked row @param pageMs time to the whole page */
    record Timing(double firstRowMs, double pageMs, int cases) { }

    private InspectionListBench() {
    }

    static Connection load(List<Claim> claims, List<List<Long>> groups) throws SQLException, IOException {
        Connection db = DriverManager.getConnection("jdbc:h2:mem:claims;DB_CLOSE_DELAY=-1");
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE wk_worker (id BIGINT PRIMARY KEY)");
            for (String script : SCRIPTS) {
                try (InputStream in = InspectionListBench.class.getResourceAsStream("/db/migration/legalaid/" + script)) {
                    String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                    for (String statement : sql.split(";")) {
                        if (!statement.isBlank()) {
                            st.execute(statement.strip());
                        }
                    }
                }
            }
        }
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.parse("2026-12-07T00:00:00Z"));
        Random random = new Random(7);
        EvidenceKind[] kinds = EvidenceKind.values();
        String[] roles = {"CLIENT", "GENERAL_CONTRACTOR", "SUBCONTRACTOR", "FOREMAN"};
        try (PreparedStatement c = db.prepareStatement("INSERT INTO la_case (id, version, lead_worker_id, topic, step,"
                + " step_at, employer_as_named, site_code, amount_owed_fen, months_unpaid, absconded, urgent, centre_id,"
                + " created_at, updated_at) VALUES (?, 0, ?, 'WAGE_ARREARS', ?, ?, ?, ?, ?, ?, FALSE, FALSE, 'HQ', ?, ?)");
             PreparedStatement cl = db.prepareStatement("INSERT INTO la_case_claimant VALUES (?, ?, ?)");
             PreparedStatement ev = db.prepareStatement("INSERT INTO la_case_evidence VALUES (?, ?, ?)");
             PreparedStatement pa = db.prepareStatement("INSERT INTO la_case_party VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (Claim claim : claims) {
                c.setLong(1, claim.caseId());
                c.setLong(2, claim.workerIds().get(0));
                c.setString(3, random.nextInt(10) == 0 ? "CLOSED" : "ASSIGNED");
                c.setTimestamp(4, now);
                c.setString(5, claim.employerAsNamed());
                c.setString(6, claim.siteCode());
                c.setLong(7, claim.amountOwedFen());
                c.setInt(8, 1 + random.nextInt(6));
                c.setTimestamp(9, now);
                c.setTimestamp(10, now);
                c.addBatch();
                cl.setLong(1, claim.caseId());
                cl.setLong(2, claim.workerIds().get(0));
                cl.setLong(3, claim.amountOwedFen());
                cl.addBatch();
                for (EvidenceKind kind : kinds) {
                    if (random.nextInt(3) == 0) {
                        ev.setLong(1, claim.caseId());
                        ev.setString(2, kind.name());
                        ev.setBoolean(3, true);
                        ev.addBatch();
                    }
                }
                for (int i = 0; i < claim.chain().size(); i++) {
                    pa.setLong(1, claim.caseId());
                    pa.setInt(2, i);
                    pa.setString(3, roles[Math.min(i, roles.length - 1)]);
                    pa.setString(4, claim.chain().get(i));
                    pa.addBatch();
                }
                if (++n % 5000 == 0) {
                    c.executeBatch();
                    cl.executeBatch();
                    ev.executeBatch();
                    pa.executeBatch();
                }
            }
            c.executeBatch();
            cl.executeBatch();
            ev.executeBatch();
            pa.executeBatch();
        }
        GroupFlagRule rule = new GroupFlagRule();
        try (PreparedStatement g = db.prepareStatement("INSERT INTO la_case_group (id, version, label,"
                + " employer_normalised, site_code, cases, open_cases, workers, owed_fen, recovered_fen, flags,"
                + " created_at, updated_at) VALUES (?, 0, ?, NULL, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
             PreparedStatement m = db.prepareStatement("INSERT INTO la_case_group_member VALUES (?, ?, 'AUTO', ?)")) {
            long id = 0;
            for (List<Long> group : groups) {
                id++;
                Claim first = claims.get((int) (group.get(0) - 1));
                long owed = 0;
                Set<Long> workers = new HashSet<>();
                List<GroupFlagRule.WorkerClaim> wc = new ArrayList<>();
                for (long caseId : group) {
                    Claim claim = claims.get((int) (caseId - 1));
                    owed += claim.amountOwedFen();
                    workers.addAll(claim.workerIds());
                    wc.add(new GroupFlagRule.WorkerClaim(claim.workerIds().get(0), claim.amountOwedFen(), 1));
                    m.setLong(1, caseId);
                    m.setLong(2, id);
                    m.setTimestamp(3, now);
                    m.addBatch();
                }
                List<GroupFlag> flags = rule.flags(first.siteCode(), wc, false);
                g.setLong(1, id);
                g.setString(2, first.employerAsNamed());
                g.setString(3, first.siteCode());
                g.setInt(4, group.size());
                g.setInt(5, group.size());
                g.setInt(6, workers.size());
                g.setLong(7, owed);
                g.setString(8, flags.isEmpty() ? null
                        : String.join(",", flags.stream().map(f -> f.kind().name()).toList()));
                g.setTimestamp(9, now);
                g.setTimestamp(10, now);
                g.addBatch();
                if (id % 5000 == 0) {
                    g.executeBatch();
                    m.executeBatch();
                }
            }
            g.executeBatch();
            m.executeBatch();
        }
        db.commit();
        return db;
    }

    /** Runs the page's queries as the server does; @return the timings */
    static Timing page(Connection db, int pageSize) throws SQLException {
        long start = System.nanoTime();
        double firstRow = -1;
        List<Long> ids = new ArrayList<>();
        try (Statement st = db.createStatement()) {
            st.setMaxRows(pageSize);
            try (ResultSet rs = st.executeQuery(InspectionListQueries.ranked())) {
                while (rs.next()) {
                    if (firstRow < 0) {
                        firstRow = (System.nanoTime() - start) / 1e6;
                    }
                    ids.add(rs.getLong(1));
                    rs.getString(2);
                    rs.getString(8);
                }
            }
        }
        int cases = 0;
        for (String sql : Arrays.asList(InspectionListQueries.cases(ids), InspectionListQueries.evidence(ids),
                InspectionListQueries.parties(ids))) {
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        rs.getObject(i);
                    }
                    if (sql.contains("c.step")) {
                        cases++;
                    }
                }
            }
        }
        return new Timing(firstRow, (System.nanoTime() - start) / 1e6, cases);
    }
}
