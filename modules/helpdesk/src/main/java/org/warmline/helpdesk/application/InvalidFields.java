package org.warmline.helpdesk.application;

import java.util.Map;
import org.warmline.core.domain.refusal.InvalidInput;

/**
 * A form (an escalation, a snooze, a centre or account of the admin pages) the server refused, field by
 * field: 422 problem+json with code {@code validation.fields}, an {@code errors} member (field name → what is
 * wrong) and {@code field} (the first at fault).
 */
public class InvalidFields extends InvalidInput {

    private static final long serialVersionUID = 1L;

    /** @param errors field name → what is wrong with it (in English, no personal data); not empty, in order */
    public InvalidFields(Map<String, String> errors) {
        super(errors);
    }
}
