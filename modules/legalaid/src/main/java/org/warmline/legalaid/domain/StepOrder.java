package org.warmline.legalaid.domain;

import java.time.LocalDate;

/**
 * What staff send to move a case to a step ({@code POST /cases/{id}/steps}).
 *
 * @param step         the step asked for
 * @param onDate       the date the step concerns (a hearing date, the day a complaint was filed), or null for today
 * @param reason       why (required for {@link CaseStep#REJECTED}), ≤ {@link WageCase#MAX_REASON} characters
 * @param referral     where a rejected worker is sent (12351, 12333, another office), ≤ {@link WageCase#MAX_REASON}
 * @param outcome      how the case closed (required for {@link CaseStep#CLOSED})
 * @param recoveredFen the amount recovered in fen at closing (≥ 0; null = 0)
 * @param assignee     the legal-aid staff user taking the case (required for {@link CaseStep#ASSIGNED})
 */
public record StepOrder(CaseStep step, LocalDate onDate, String reason, String referral, CaseOutcome outcome,
                        Long recoveredFen, String assignee) {
}
