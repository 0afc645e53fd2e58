package org.warmline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A file a worker with no legal matter sent (table {@code cv_message_file}): legal aid keeps no
 * personal files without a legal purpose, so the conversation keeps it with the worker's message,
 * where operators see it in the transcript (issue 12, point 6). Already checked by legal aid's content
 * check (real type from the bytes, at most 5 MiB).
 */
@Entity
@Table(name = "cv_message_file")
public class MessageFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cv_message_file_seq")
    @SequenceGenerator(name = "cv_message_file_seq", sequenceName = "cv_message_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "file_index", nullable = false)
    private int fileIndex;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "content", nullable = false)
    private byte[] content;

    /** For JPA. */
    protected MessageFile() {
    }

    /**
     * @param messageId   the inbound message it came with
     * @param position    its place among the message's files, from 0
     * @param contentType the type read from the bytes
     * @param sha256      lower-case hex SHA-256 of the bytes
     * @param content     the bytes
     */
    public MessageFile(long messageId, int position, String contentType, String sha256, byte[] content) {
        this.messageId = messageId;
        this.fileIndex = position;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.content = content.clone();
        this.sizeBytes = content.length;
    }

    /** @return the id */
    public long id() {
        return id;
    }

    /** @return the message it belongs to */
    public long messageId() {
        return messageId;
    }

    /** @return the type read from the bytes */
    public String contentType() {
        return contentType;
    }

    /** @return size in bytes */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** @return a copy of the bytes */
    public byte[] content() {
        return content.clone();
    }
}
