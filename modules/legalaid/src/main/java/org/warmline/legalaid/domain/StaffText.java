package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Text staff wrote (a case note, an answer to a consultation): kept verbatim — worker and staff text is data,
 * pages render it as text — with who wrote it and when. Columns {@code body}, {@code by_user}, {@code at}.
 */
@MappedSuperclass
public abstract class StaffText {

    /** Longest text, in characters. */
    public static final int MAX_TEXT = 2000;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "by_user", nullable = false, length = 64)
    private String by;

    @Column(name = "at", nullable = false)
    private Instant at;

    /** For JPA. */
    protected StaffText() {
    }

    /**
     * @param text the text, 1..{@link #MAX_TEXT} characters, kept as written
     * @param by   the staff user name
     * @param at   when, UTC
     * @throws IllegalArgumentException if the text is blank or too long
     */
    protected StaffText(String text, String by, Instant at) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a text has 1.." + MAX_TEXT + " characters");
        }
        this.text = text;
        this.by = by;
        this.at = at;
    }

    /** @return the text as written */
    public String text() {
        return text;
    }

    /** @return the staff user name */
    public String by() {
        return by;
    }

    /** @return when, UTC */
    public Instant at() {
        return at;
    }
}
