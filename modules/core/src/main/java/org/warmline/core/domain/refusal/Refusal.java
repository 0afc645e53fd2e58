package org.warmline.core.domain.refusal;

import java.util.Map;
import java.util.Objects;

/**
 * A request the application refuses, with a stable rule code. The interfaces layer answers it as RFC 9457
 * problem+json: the status from {@link #kind()}, {@link #title()}, the message as detail (English, no personal
 * data), {@code code} and the members of {@link #members()}.
 *
 * <p>Subclasses by kind: {@link NotFound}, {@link Forbidden}, {@link RuleViolation}, {@link InvalidInput}.
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What sort of refusal: decides the HTTP status (404, 403, 409, 422) at the edge. */
    public enum Kind {
        /** What the request names does not exist. */
        NOT_FOUND,
        /** It exists but is not the caller's to see or change (another centre, a role they lack). */
        FORBIDDEN,
        /** A rule of the domain forbids it in the current state (capacity, status, linked already). */
        RULE,
        /** A value sent is wrong in itself (missing, out of range, unknown). */
        INVALID
    }

    private final String code;

    /**
     * @param code    stable rule code, lower case words with dots and hyphens (e.g. {@code centre.outside})
     * @param message what was refused, in English, without personal data
     */
    protected Refusal(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("a rule code is lower-case words with dots and hyphens, was " + code);
        }
    }

    /** @return the stable rule code pages pick their explanation by */
    public String code() {
        return code;
    }

    /** @return what sort of refusal this is */
    public abstract Kind kind();

    /** @return a short fixed summary for the problem's title (by default the HTTP reason phrase of the kind) */
    public String title() {
        return switch (kind()) {
            case NOT_FOUND -> "Not Found";
            case FORBIDDEN -> "Forbidden";
            case RULE -> "Conflict";
            case INVALID -> "Invalid fields";
        };
    }

    /**
     * @return extra members of the problem body a client reads (String, Number, Boolean, or a Map of String
     *         to String), in order; empty by default
     */
    public Map<String, Object> members() {
        return Map.of();
    }
}
