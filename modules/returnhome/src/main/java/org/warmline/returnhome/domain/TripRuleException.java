package org.warmline.returnhome.domain;

/**
 * A trip or lifecycle rule refused an operation (capacity, party kept together, travel window, stops,
 * a transition that is not allowed). The staff API answers 409 problem+json with the message, which
 * names the rule and never contains personal data.
 */
public class TripRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the broken rule, e.g. "capacity 45 seats exceeded: 44 taken, party of 3" */
    public TripRuleException(String message) {
        super(message);
    }
}
