package org.warmline.core.domain.refusal;

/** A rule of the domain forbids the operation in the current state (capacity, status, linked already); answered 409. */
public class RuleViolation extends Refusal {

    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable rule code, e.g. {@code trip.seats-exceeded}
     * @param message what was refused, in English, without personal data
     */
    public RuleViolation(String code, String message) {
        super(code, message);
    }

    /** @return {@link Kind#RULE} */
    @Override
    public Kind kind() {
        return Kind.RULE;
    }
}
