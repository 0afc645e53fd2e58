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
public class ConsultationAnswer extends StaffText {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_consultation_answer_seq")
    @SequenceGenerator(name = "la_consultation_answer_seq", sequenceName = "la_consultation_answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

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
        super(text, by, at);
        this.consultationId = consultationId;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return the consultation id */
    public long consultationId() {
        return consultationId;
    }
}
