package org.warmline.core.domain.worker;

/**
 * Core's own notion of how a worker is told news (trip offers, changes, staff messages that are not a
 * reply): the answer of {@link Worker#noticeChannel()}. The shared kernel may not use the conversation
 * module, so this is not conversation's {@code Channel}; conversation maps it onto its channel type
 * ({@code Channel.forNotices}). A value per kind of address core keeps for a worker.
 */
public enum NoticeChannel {
    /** By SMS to the worker's phone. */
    SMS,
    /** In the worker's web chat, where a message waits for their next visit. */
    CHAT
}
