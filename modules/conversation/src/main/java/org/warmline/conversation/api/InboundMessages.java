package org.warmline.conversation.api;

/**
 * The conversation module's front door for channels: a channel hands over each message it receives
 * and gets the reply to send back (for SMS, inside TwiML).
 */
public interface InboundMessages {

    /**
     * Stores the message (idempotently on channel + channel message id), runs the dialog and returns
     * the reply. Re-delivering a message stores nothing new and returns the same reply.
     *
     * @param message the message
     * @return the stored message id and the reply
     * @throws org.warmline.core.domain.phone.InvalidPhoneNumberException if {@code from} is not a
     *         phone number
     * @throws IllegalArgumentException if channel or channel message id is blank
     */
    InboundResult receive(InboundMessage message);
}
