package org.warmline.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Who on the staff wrote an outgoing message of a conversation (the conversation module keeps the
 * message, the helpdesk keeps its author), so the transcript tells the bot's answers from a person's.
 */
@Entity
@Table(name = "hd_operator_message")
public class OperatorMessage {

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected OperatorMessage() {
    }

    /**
     * @param messageId the outbound message (conversation module's id)
     * @param ticketId  the conversation's ticket
     * @param author    the staff user who wrote it
     * @param createdAt when
     */
    public OperatorMessage(long messageId, long ticketId, String author, Instant createdAt) {
        this.messageId = messageId;
        this.ticketId = ticketId;
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = createdAt;
    }

    /** @return the message id */
    public long messageId() {
        return messageId;
    }

    /** @return the staff user who wrote it */
    public String author() {
        return author;
    }
}
