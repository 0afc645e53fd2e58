package org.warmline.helpdesk.application;

import java.util.Map;

/**
 * A form (an escalation, a snooze) the server refused, field by field (answered 422 problem+json with an
 * {@code errors} member: field name → what is wrong).
 */
public class InvalidFields extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> errors;

    /** @param errors field name → what is wrong with it (in English, no personal data); not empty */
    public InvalidFields(Map<String, String> errors) {
        super("invalid fields: " + String.join(", ", errors.keySet()));
        this.errors = Map.copyOf(errors);
    }

    /** @return field name → what is wrong */
    public Map<String, String> errors() {
        return errors;
    }
}
