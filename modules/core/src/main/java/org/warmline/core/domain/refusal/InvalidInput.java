package org.warmline.core.domain.refusal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form or body with wrong values, field by field; answered 422 with the member {@code errors} (field name →
 * what is wrong) and {@code field} (the first field at fault), code {@link #CODE} unless a more precise one is
 * given.
 */
public class InvalidInput extends Refusal {

    private static final long serialVersionUID = 1L;

    /** The code of a refusal of values sent, field by field (forms, Bean Validation of bodies). */
    public static final String CODE = "validation.fields";

    private final transient Map<String, String> errors;

    /** @param errors field name → what is wrong (English, no personal data); not empty, in the form's order */
    public InvalidInput(Map<String, String> errors) {
        this(CODE, "invalid fields: " + String.join(", ", errors.keySet()), errors);
    }

    /**
     * @param code    stable rule code
     * @param message what was refused, without personal data
     * @param errors  field name → what is wrong; not empty
     */
    public InvalidInput(String code, String message, Map<String, String> errors) {
        super(code, message);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** @return field name → what is wrong, in the form's order */
    public Map<String, String> errors() {
        return errors;
    }

    /** @return {@link Kind#INVALID} */
    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    /** @return {@code field}: the first field at fault, and {@code errors}: every field → what is wrong */
    @Override
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("field", errors.keySet().iterator().next());
        members.put("errors", errors);
        return members;
    }
}
