package org.warmline.returnhome.domain;

import java.util.Objects;
import org.warmline.core.domain.refusal.RuleViolation;

/**
 * A trip or lifecycle rule refused an operation (capacity, party kept together, travel window, stops,
 * a transition that is not allowed). The staff API answers 409 problem+json with the rule's code
 * ({@link TripRule#code()}) and the message, which names the rule and never contains personal data.
 */
public class TripRuleException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final TripRule rule;

    /**
     * @param rule    the broken rule
     * @param message the broken rule in words, e.g. "capacity 45 seats exceeded: 44 taken, party of 3"
     */
    public TripRuleException(TripRule rule, String message) {
        super(Objects.requireNonNull(rule, "rule").code(), message);
        this.rule = rule;
    }

    /** For refusals with a code of their own ({@link TripChangeRefused}). @param code rule code @param message why */
    protected TripRuleException(String code, String message) {
        super(code, message);
        this.rule = null;
    }

    /** @return the broken trip rule, or null for a refused change (see {@link TripChangeRefused#reason()}) */
    public TripRule rule() {
        return rule;
    }

    /** @return "Trip rule broken" */
    @Override
    public String title() {
        return "Trip rule broken";
    }
}
