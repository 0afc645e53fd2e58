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
 * A media file a worker attached to an inbound message (MMS: Twilio's {@code MediaUrlN},
 * {@code MediaContentTypeN}), kept with the message so staff can open it. Only the provider's URL is
 * stored; the file stays with the provider.
 */
@Entity
@Table(name = "cv_message_media")
public class MessageMedia {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cv_message_media_seq")
    @SequenceGenerator(name = "cv_message_media_seq", sequenceName = "cv_message_media_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "media_index", nullable = false)
    private int mediaIndex;

    @Column(name = "url", nullable = false, length = 1000)
    private String url;

    @Column(name = "content_type", length = 100)
    private String contentType;

    /** For JPA. */
    protected MessageMedia() {
    }

    /**
     * @param messageId   the inbound message
     * @param position    0 for MediaUrl0, 1 for MediaUrl1 …
     * @param url         an absolute http(s) URL (checked by the api's {@code InboundMedia})
     * @param contentType MIME type, or null
     */
    public MessageMedia(long messageId, int position, String url, String contentType) {
        this.messageId = messageId;
        this.mediaIndex = position;
        this.url = Objects.requireNonNull(url, "url");
        this.contentType = contentType;
    }

    /** @return the message it belongs to */
    public long messageId() {
        return messageId;
    }

    /** @return its place among the message's media, from 0 */
    public int position() {
        return mediaIndex;
    }

    /** @return the provider's URL */
    public String url() {
        return url;
    }

    /** @return MIME type, or null */
    public String contentType() {
        return contentType;
    }
}
