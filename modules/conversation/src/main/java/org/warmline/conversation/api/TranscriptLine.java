package org.warmline.conversation.api;

import java.time.Instant;

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
 */
public record TranscriptLine(long id, String direction, String body, String status, Instant createdAt, String kind) {

    /**
     * A line whose kind is not given.
     *
     * @param id        message id
     * @param direction INBOUND or OUTBOUND
     * @param body      the text
     * @param status    the message's status
     * @param createdAt time, UTC
     */
    public TranscriptLine(long id, String direction, String body, String status, Instant createdAt) {
        this(id, direction, body, status, createdAt, null);
    }
}
