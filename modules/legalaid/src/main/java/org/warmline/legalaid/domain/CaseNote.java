package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff note on a case ({@code la_case_note}), kept verbatim (rendered as text). */
@Entity
@Table(name = "la_case_note")
public class CaseNote {

    /** Longest note, in characters. */
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_case_note_seq")
    @SequenceGenerator(name = "la_case_note_seq", sequenceName = "la_case_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "by_user", nullable = false, length = 64)
    private String by;

    @Column(name = "at", nullable = false)
    private Instant at;

    /** For JPA. */
    protected CaseNote() {
    }

    /**
     * @param caseId the case
     * @param text   the note, 1..{@link #MAX_TEXT} characters, kept as written
     * @param by     the staff user name
     * @param at     when, UTC
     * @throws IllegalArgumentException if the text is blank or too long
     */
    public CaseNote(long caseId, String text, String by, Instant at) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a note has 1.." + MAX_TEXT + " characters");
        }
        this.caseId = caseId;
        this.text = text;
        this.by = by;
        this.at = at;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return the case id */
    public long caseId() {
        return caseId;
    }

    /** @return the note as written */
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
