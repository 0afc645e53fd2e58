package org.warmline.legalaid.domain.deadline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * The amounts at which refusing to pay wages becomes a crime (拒不支付劳动报酬罪, Criminal Law Art. 276-1), as SPC
 * judicial interpretation 法释〔2013〕3号 Art. 3 sets them: (1) one worker owed three months' wages or more and at
 * least the province's amount (5,000-20,000 yuan), or (2) ten or more workers owed at least the province's total
 * (30,000-100,000 yuan). Provinces fix their amounts inside those ranges ({@code refusal-to-pay-thresholds-cn.csv});
 * others use the national lower bounds {@link #DEFAULT}. The same amounts put an employer on the wage-arrears
 * blacklist (Decree 724 Art. 48). A pure rule for lagroup's group flag (issue 12 point 4).
 */
public final class RefusalToPayThreshold {

    /** Art. 3 (1): three months' wages or more for one worker. */
    public static final int ONE_WORKER_MONTHS = 3;
    /** Art. 3 (2): ten or more workers. */
    public static final int MANY_WORKERS = 10;
    /** The national lower bounds of Art. 3: 5,000 yuan for one worker, 30,000 yuan for ten or more. */
    public static final Amounts DEFAULT = new Amounts(null, "全国", 500_000L, 3_000_000L,
            "法释〔2013〕3号 第三条 (national lower bounds)");

    private static final class Holder {
        static final RefusalToPayThreshold STANDARD = load();
    }

    private final Map<String, Amounts> byProvince;

    /** @param byProvince each province's amounts, by GB/T 2260 prefix */
    public RefusalToPayThreshold(Map<String, Amounts> byProvince) {
        this.byProvince = Map.copyOf(byProvince);
    }

    /**
     * @return the rule over the bundled table
     * @throws IllegalStateException when the bundled table is malformed (a build defect)
     */
    public static RefusalToPayThreshold standard() {
        return Holder.STANDARD;
    }

    /**
     * A province's amounts.
     *
     * @param provinceCode  GB/T 2260 prefix, null for the national default
     * @param province      its name
     * @param oneWorkerFen  the amount for one worker owed 3 months or more, in fen
     * @param tenWorkersFen the total for ten or more workers, in fen
     * @param source        where the amounts come from
     */
    public record Amounts(String provinceCode, String province, long oneWorkerFen, long tenWorkersFen, String source) {
        /** Checks positive amounts. */
        public Amounts {
            if (oneWorkerFen <= 0 || tenWorkersFen <= 0) {
                throw new IllegalArgumentException("threshold amounts must be positive");
            }
        }
    }

    /**
     * One worker's arrears.
     *
     * @param owedFen      wages owed in fen
     * @param monthsUnpaid months unpaid, null when not known
     */
    public record OwedWorker(long owedFen, Integer monthsUnpaid) {
    }

    /** Which branch of Art. 3 was met. */
    public enum Ground {
        /** Art. 3 (2): ten or more workers owed the province's total. */
        TEN_OR_MORE_WORKERS,
        /** Art. 3 (1): one worker owed three months or more and the province's amount. */
        ONE_WORKER_THREE_MONTHS
    }

    /**
     * The answer.
     *
     * @param flagged true when a threshold is reached
     * @param ground  which one (null when not flagged)
     * @param amounts the amounts applied
     */
    public record Assessment(boolean flagged, Ground ground, Amounts amounts) {
    }

    /** @return the provinces with their own amounts, by GB/T 2260 prefix (others use {@link #DEFAULT}) */
    public SortedMap<String, Amounts> provinces() {
        return new TreeMap<>(byProvince);
    }

    /**
     * @param siteCode the site (GB/T 2260, at least the province), may be null
     * @return the province's amounts, or {@link #DEFAULT}
     */
    public Amounts amountsFor(String siteCode) {
        String province = Tables.provinceOf(siteCode);
        return province == null ? DEFAULT : byProvince.getOrDefault(province, DEFAULT);
    }

    /**
     * Group totals only (branch 2): ten or more workers owed at least the province's total.
     *
     * @param siteCode     the site, may be null
     * @param workers      number of workers owed
     * @param totalOwedFen their total arrears, in fen
     * @return flagged or not, with the amounts applied
     */
    public Assessment assess(String siteCode, int workers, long totalOwedFen) {
        Amounts amounts = amountsFor(siteCode);
        boolean many = workers >= MANY_WORKERS && totalOwedFen >= amounts.tenWorkersFen();
        return new Assessment(many, many ? Ground.TEN_OR_MORE_WORKERS : null, amounts);
    }

    /**
     * Both branches: ten or more workers owed the province's total, or any one worker owed three months or more and
     * the province's amount.
     *
     * @param siteCode the site, may be null
     * @param workers  each worker's arrears
     * @return flagged or not, with the ground and the amounts applied
     */
    public Assessment assess(String siteCode, List<OwedWorker> workers) {
        Objects.requireNonNull(workers, "workers");
        long total = workers.stream().mapToLong(OwedWorker::owedFen).sum();
        Assessment many = assess(siteCode, workers.size(), total);
        if (many.flagged()) {
            return many;
        }
        Amounts amounts = many.amounts();
        boolean one = workers.stream().anyMatch(w -> w.monthsUnpaid() != null && w.monthsUnpaid() >= ONE_WORKER_MONTHS
                && w.owedFen() >= amounts.oneWorkerFen());
        return new Assessment(one, one ? Ground.ONE_WORKER_THREE_MONTHS : null, amounts);
    }

    private static RefusalToPayThreshold load() {
        Map<String, Amounts> rows = new TreeMap<>();
        for (CSVRecord row : Tables.read("refusal-to-pay-thresholds-cn.csv")) {
            Amounts a = new Amounts(row.get("province_code"), row.get("province"),
                    Math.multiplyExact(Long.parseLong(row.get("one_worker_yuan")), 100L),
                    Math.multiplyExact(Long.parseLong(row.get("ten_workers_yuan")), 100L), row.get("source"));
            if (rows.put(a.provinceCode(), a) != null) {
                throw new IllegalStateException("refusal-to-pay-thresholds-cn.csv: two rows for " + a.provinceCode());
            }
        }
        return new RefusalToPayThreshold(rows);
    }
}
