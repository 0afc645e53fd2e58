package org.warmline.returnhome.application;

/**
 * A change or cancellation a member of staff sent with a missing or malformed field (no reason, no value
 * to change, an unknown place); the staff API answers 422 problem+json naming the field.
 */
public class InvalidChangeProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field the field at fault, e.g. "reason" @param message what is wrong (no personal data) */
    public InvalidChangeProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }
}
