package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * LDMAL Art. 47 (1): an award on a claim for wages of no more than 12 months of the local monthly minimum wage is
 * final (the employer cannot take it to court; the worker still may, Art. 48). The local minimum wage is the highest
 * tier of the case's province from {@code minimum-wages-cn.csv}; a province without a row gets no answer (never a
 * guessed limit).
 */
public final class FinalAwardRule {

    /** Art. 47: twelve months of the monthly minimum wage. */
    public static final int MONTHS = 12;

    private static final class Holder {
        static final FinalAwardRule STANDARD = load();
    }

    private final Map<String, MinimumWage> wages;

    /** @param wages the minimum wage of each province, by GB/T 2260 prefix */
    public FinalAwardRule(Map<String, MinimumWage> wages) {
        this.wages = Map.copyOf(wages);
    }

    /**
     * @return the rule over the bundled table
     * @throws IllegalStateException when the bundled table is malformed (a build defect)
     */
    public static FinalAwardRule standard() {
        return Holder.STANDARD;
    }

    /**
     * The answer for one claim.
     *
     * @param finalAward true when the award would be final, null when unknown (no minimum wage on file, or no amount)
     * @param limitFen   12 months of the minimum wage in fen, null when no minimum wage is on file
     * @param wage       the table row used, null when none
     */
    public record FinalAward(Boolean finalAward, Long limitFen, MinimumWage wage) {
        /** @return true when there is an answer: the province's minimum wage is on file and the amount is known */
        public boolean known() {
            return finalAward != null;
        }
    }

    /**
     * @param monthlyMinimumFen the local monthly minimum wage in fen
     * @return the final-award limit: 12 months of it, in fen
     */
    public static long limitFen(long monthlyMinimumFen) {
        return Math.multiplyExact(monthlyMinimumFen, MONTHS);
    }

    /**
     * @param claimFen          the wages claimed, in fen
     * @param monthlyMinimumFen the local monthly minimum wage, in fen
     * @return true when the claim is at most 12 months of the minimum wage (the limit itself is final)
     */
    public static boolean isFinal(long claimFen, long monthlyMinimumFen) {
        return claimFen <= limitFen(monthlyMinimumFen);
    }

    /** @return every province's row, by GB/T 2260 prefix */
    public SortedMap<String, MinimumWage> wages() {
        return new TreeMap<>(wages);
    }

    /** @return the province's row, when the table has one */
    public Optional<MinimumWage> wageOf(String siteCode) {
        String province = Tables.provinceOf(siteCode);
        return province == null ? Optional.empty() : Optional.ofNullable(wages.get(province));
    }

    /**
     * @param siteCode the case's site (GB/T 2260, at least the 2-digit province), may be null
     * @param claimFen the wages claimed in fen; 0 or less means not known
     * @return final or not, with the limit and the row used; all null when the province or the amount is unknown
     */
    public FinalAward assess(String siteCode, long claimFen) {
        Optional<MinimumWage> wage = wageOf(siteCode);
        if (wage.isEmpty()) {
            return new FinalAward(null, null, null);
        }
        long limit = limitFen(wage.get().monthlyFen());
        return new FinalAward(claimFen > 0 ? claimFen <= limit : null, limit, wage.get());
    }

    private static FinalAwardRule load() {
        Map<String, MinimumWage> wages = new TreeMap<>();
        for (CSVRecord row : Tables.read("minimum-wages-cn.csv")) {
            MinimumWage wage = new MinimumWage(row.get("province_code"), row.get("province"),
                    Math.multiplyExact(Long.parseLong(row.get("monthly_yuan")), 100L), row.get("area"),
                    LocalDate.parse(row.get("effective_from")), row.get("document"));
            if (wages.put(wage.provinceCode(), wage) != null) {
                throw new IllegalStateException("minimum-wages-cn.csv: two rows for province " + wage.provinceCode());
            }
        }
        return new FinalAwardRule(wages);
    }
}
