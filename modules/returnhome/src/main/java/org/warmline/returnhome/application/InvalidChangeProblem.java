package org.warmline.returnhome.application;

import java.util.Map;
import org.warmline.core.domain.refusal.InvalidInput;

/**
 * A change or cancellation a member of staff sent with a missing or malformed field (no reason, no value
 * to change, an unknown place); the staff API answers 422 problem+json with code {@code validation.fields},
 * naming the field ({@code field}, {@code errors}).
 */
public class InvalidChangeProblem extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field the field at fault, e.g. "reason" @param message what is wrong (no personal data) */
    public InvalidChangeProblem(String field, String message) {
        super(CODE, message, Map.of(field, message));
        this.field = field;
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }

    /** @return "Invalid change" */
    @Override
    public String title() {
        return "Invalid change";
    }
}
