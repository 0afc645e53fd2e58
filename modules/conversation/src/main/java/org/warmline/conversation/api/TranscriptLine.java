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
 * @param kind      for outbound: why it was sent — REPLY (the bot's answer), OPERATOR (written by staff),
 *                  NOTICE, BULK, VERIFICATION; null for inbound or when not known
 * @param media     media the worker attached (MMS), in the order sent; empty if none
 */
public record TranscriptLine(long id, String direction, String body, String status, Instant createdAt, String kind,
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
     * @param kind      why an outbound message was sent, or null
     */
    public TranscriptLine(long id, String direction, String body, String status, Instant createdAt, String kind) {
        this(id, direction, body, status, createdAt, kind, List.of());
    }

    /**
     * A line whose kind is not given, without media.
     *
     * @param id        message id
     * @param direction INBOUND or OUTBOUND
     * @param body      the text
     * @param status    the message's status
     * @param createdAt time, UTC
     */
    public TranscriptLine(long id, String direction, String body, String status, Instant createdAt) {
        this(id, direction, body, status, createdAt, null, List.of());
    }
}
