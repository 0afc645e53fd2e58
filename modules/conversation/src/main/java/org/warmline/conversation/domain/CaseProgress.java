package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the worker's legal-aid case stands, as legal aid tells the application (its {@code CaseStatusQuery})
 * for the answer to "我的案子怎么样了" / "case status": the dialog words it in the worker's language.
 *
 * @param caseId   the case number the worker can quote to staff
 * @param step     the case's step: INTAKE, SCREENING, ACCEPTED, REJECTED, ASSIGNED, MEDIATION, INSPECTION,
 *                 ARBITRATION, COURT or CLOSED (an unknown step is worded as "being handled")
 * @param since    the day the case reached that step (Asia/Shanghai), or null
 * @param nextWhat what comes next, as legal aid names it (a deadline or hearing code), or null
 * @param nextDate the day of what comes next, or null
 */
public record CaseProgress(long caseId, String step, LocalDate since, String nextWhat, LocalDate nextDate) {

    /** Requires the step. */
    public CaseProgress {
        Objects.requireNonNull(step, "step");
    }
}
