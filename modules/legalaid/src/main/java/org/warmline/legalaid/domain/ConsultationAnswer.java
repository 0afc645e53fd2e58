package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff answer to a consultation ({@code la_consultation_answer}), written or picked from the canned answers. */
@Entity
@Table(name = "la_consultation_answer")
public class ConsultationAnswer {

    /** Longest answer, in characters. */
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_consultation_answer_seq")
    @SequenceGenerator(name = "la_consultation_answer_seq", sequenceName = "la_consultation_answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "by_user", nullable = false, length = 64)
    private String by;

    @Column(name = "at", nullable = false)
    private Instant at;

    /** For JPA. */
    protected ConsultationAnswer() {
    }

    /**
     * @param consultationId the consultation
     * @param text           the answer, 1..{@link #MAX_TEXT} characters, kept as written
     * @param by             staff user name
     * @param at             when, UTC
     * @throws IllegalArgumentException if the text is blank or too long
     */
    public ConsultationAnswer(long consultationId, String text, String by, Instant at) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("an answer has 1.." + MAX_TEXT + " characters");
        }
        this.consultationId = consultationId;
        this.text = text;
        this.by = by;
        this.at = at;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return the consultation id */
    public long consultationId() {
        return consultationId;
    }

    /** @return the answer as written */
    public String text() {
        return text;
    }

    /** @return staff user name */
    public String by() {
        return by;
    }

    /** @return when, UTC */
    public Instant at() {
        return at;
    }
}
