package org.warmline.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An internal note on a conversation: staff only, never sent to the worker. */
@Entity
@Table(name = "hd_note")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hd_note_seq")
    @SequenceGenerator(name = "hd_note_seq", sequenceName = "hd_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Note() {
    }

    /**
     * @param ticketId the ticket
     * @param author   staff user name
     * @param body     1..2000 characters
     * @param now      when
     */
    public Note(long ticketId, String author, String body, Instant now) {
        if (body == null || body.isBlank() || body.length() > 2000) {
            throw new IllegalArgumentException("a note must be 1..2000 characters");
        }
        this.ticketId = ticketId;
        this.author = author;
        this.body = body;
        this.createdAt = now;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return author */
    public String author() {
        return author;
    }

    /** @return text */
    public String body() {
        return body;
    }

    /** @return when */
    public Instant createdAt() {
        return createdAt;
    }
}
