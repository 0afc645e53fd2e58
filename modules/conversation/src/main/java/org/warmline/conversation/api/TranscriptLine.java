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
 */
public record TranscriptLine(long id, String direction, String body, String status, Instant createdAt) {
}
