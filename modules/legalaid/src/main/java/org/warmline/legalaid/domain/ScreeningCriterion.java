package org.warmline.legalaid.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What legal-aid staff check before accepting a case (issue 12, point 3). Some criteria have a result the
 * system knows ({@link #automaticResult}); staff may record another result only with a reason (an override).
 */
public enum ScreeningCriterion {
    /**
     * Financial hardship (经济困难). Migrant workers claiming pay are exempt from the means test (Legal Aid Law
     * 2021, Art. 42), so for a wage-arrears case it passes automatically.
     */
    MEANS_TEST,
    /** A labour relationship; a worker already drawing a pension has a civil service claim (SPC interpretation (一), Art. 32). */
    LABOUR_RELATIONSHIP,
    /** Within the limitation period (LDMAL Art. 27) or the 2-year inspection window (LSI Art. 20). */
    WITHIN_LIMITATION,
    /** The work site lies in a help centre's area, so a centre can take the case. */
    WITHIN_SERVICE_AREA,
    /** Some evidence, or the employer holds the pay ledger (Decree 724, Art. 50). */
    EVIDENCE_SUFFICIENT;

    /**
     * @param wageCase the case being screened
     * @return the result the facts decide, empty when staff must judge: {@link #MEANS_TEST} passes for a
     *         wage-arrears case (LAL Art. 42); {@link #WITHIN_SERVICE_AREA} passes when a centre covers the site
     */
    public Optional<Boolean> automaticResult(WageCase wageCase) {
        return switch (this) {
            case MEANS_TEST -> wageCase.topic() == CaseTopic.WAGE_ARREARS ? Optional.of(true) : Optional.empty();
            case WITHIN_SERVICE_AREA -> wageCase.siteCode() != null && wageCase.centreId() != null
                    ? Optional.of(true) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** @param code a criterion's name, or null @return the criterion, empty if unknown */
    public static Optional<ScreeningCriterion> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
