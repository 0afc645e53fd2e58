package org.warmline.conversation.api;

/**
 * The conversation module's front door for files a worker sends (issue 12, point 6): a channel hands
 * over the bytes; the conversation gives each to legal aid (checked there by content and size, kept
 * with the worker's case) or, when the worker has no legal matter, keeps it with the message where
 * operators see it; and answers in the worker's language.
 */
public interface InboundFiles {

    /**
     * Receives the files of one message. Idempotent on channel + channel message id: a second delivery
     * stores nothing new and gets the same reply.
     *
     * @param message the files and where they came from
     * @return per file what happened, the reply and its language
     * @throws org.warmline.core.domain.phone.InvalidPhoneNumberException if an SMS sender is not a phone
     * @throws IllegalArgumentException if a chat sender id is blank or longer than 64
     */
    FileReceipt receive(InboundFileMessage message);
}
