package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A province's highest monthly minimum wage (第一档) with the document that set it, a row of
 * {@code minimum-wages-cn.csv}.
 *
 * @param provinceCode  the GB/T 2260 province prefix, e.g. "32"
 * @param province      the province's name
 * @param monthlyFen    the monthly minimum wage in fen
 * @param area          the area of that tier (e.g. 一类地区)
 * @param effectiveFrom the day it took effect
 * @param document      the provincial document that set it
 */
public record MinimumWage(String provinceCode, String province, long monthlyFen, String area, LocalDate effectiveFrom,
                          String document) {

    /** Checks the code and a positive wage. */
    public MinimumWage {
        Objects.requireNonNull(provinceCode, "provinceCode");
        if (monthlyFen <= 0) {
            throw new IllegalArgumentException("monthly minimum wage must be positive, was " + monthlyFen);
        }
    }
}
