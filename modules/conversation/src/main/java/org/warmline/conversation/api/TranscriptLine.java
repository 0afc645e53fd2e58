package org.warmline.conversation.api;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation as other modules may read it.
 *
 * @param id        message id
 * @param direction INBOUND (from the worker) or OUTBOUND (bot, staff)
 * @param body      the text as written; render as text, never HTML
 * @param status    RECEIVED/PROCESSED for inbound, SENT/delivery states for outbound
 * @param createdAt time, UTC
 * @param media     media the worker attached (MMS), in the order sent; empty if none
 */
public record TranscriptLine(long id, String direction, String body, String status, Instant createdAt,
                             List<InboundMedia> media) {

    /** Copies the media list; null means none. */
    public TranscriptLine {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /**
     * A line without media.
     *
     * @param id        message id
     * @param direction INBOUND or OUTBOUND
     * @param body      the text
     * @param status    the message's status
     * @param createdAt time, UTC
     */
    public TranscriptLine(long id, String direction, String body, String status, Instant createdAt) {
        this(id, direction, body, status, createdAt, List.of());
    }
}
