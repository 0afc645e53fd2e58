package org.warmline.legalaid.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a case closed: a fixed list of conclusions in the style of Tianjin's ten clue conclusions
 * (research A1, A5 item 6), so figures can count them. The amount recovered and the amount the worker
 * confirms having received are kept apart from the outcome.
 */
public enum CaseOutcome {
    /** All wages paid. */
    PAID_IN_FULL,
    /** Part of the wages paid. */
    PAID_IN_PART,
    /** Settled in mediation (调解协议). */
    MEDIATED_SETTLEMENT,
    /** Paid after the labour inspectorate's order (LSI Art. 26). */
    INSPECTION_ORDER_PAID,
    /** Arbitration award (仲裁裁决) obtained or enforced. */
    ARBITRATION_AWARD,
    /** Court judgment or payment order (支付令) obtained or enforced. */
    COURT_JUDGMENT,
    /** Advanced from the county emergency fund for an absconded employer (Decree 724, Art. 63). */
    EMERGENCY_FUND_ADVANCE,
    /** Referred to another body (12351, police for refusal to pay, another legal-aid office). */
    REFERRED,
    /** The worker withdrew or could not be reached. */
    WITHDRAWN,
    /** Nothing could be recovered. */
    UNRECOVERABLE;

    /** @param code an outcome name, or null @return the outcome, empty if unknown */
    public static Optional<CaseOutcome> parse(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
