package org.warmline.legalaid.api;

import java.time.LocalDate;

/**
 * Where a worker's case stands, for the bot's answer to "我的案子怎么样了" / "case status".
 *
 * @param caseId   the case
 * @param step     its step: INTAKE, SCREENING, ACCEPTED, REJECTED, ASSIGNED, MEDIATION, INSPECTION, ARBITRATION,
 *                 COURT or CLOSED (the bot words it, never shows the code)
 * @param since    the day (Asia/Shanghai) it reached that step
 * @param nextWhat what comes next, a deadline code from laclock's deadlines (e.g. ARBITRATION_LIMITATION), or null
 * @param nextDate the date of what comes next, or null
 */
public record CaseStatus(long caseId, String step, LocalDate since, String nextWhat, LocalDate nextDate) {
}
