package org.warmline.legalaid.application;

import java.time.LocalDate;
import org.warmline.legalaid.domain.CaseStep;

/**
 * CDI event: a case reached a step (or a proceedings step got a new date). Fired synchronously inside the
 * transaction that records the step, so an observer's work (laworker's SMS notice) commits exactly when the
 * step does; observe it with plain {@code @Observes}.
 *
 * @param caseId the case
 * @param step   the step reached
 * @param onDate the date the step concerns (a hearing date; today in Asia/Shanghai when staff gave none)
 */
public record CaseStepRecorded(long caseId, CaseStep step, LocalDate onDate) {
}
