package org.warmline.legalaid.application;

/**
 * CDI event: a case was created or its facts, claimants, chain or evidence changed. Fired synchronously
 * inside the changing transaction (lagroup relinks the case into groups, laclock recomputes its deadlines).
 *
 * @param caseId the case
 */
public record CaseChanged(long caseId) {
}
