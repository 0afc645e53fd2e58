package org.warmline.sms.application;

import java.util.Optional;
import org.warmline.conversation.api.OutboundDispatch;
import org.warmline.conversation.api.OutboxRelay;

/**
 * The provider-neutral port for sending SMS: Twilio's Messages API today ({@code TwilioSmsTransport}),
 * the local simulator without credentials, a domestic gateway later — the outbox and the modules do
 * not change when one is added.
 */
public interface SmsTransport {

    /** @return a short name for logs and the banner, e.g. "twilio" or "simulator" */
    String name();

    /**
     * Hands one message to the provider. Called once per attempt; must not retry on its own (the
     * outbox decides, so that an ambiguous failure is never sent twice blindly).
     *
     * @param message           the message
     * @param statusCallbackUrl where the provider reports delivery, carrying our id ({@code ?id=})
     * @return the provider's id for the message (Twilio's MessageSid)
     * @throws SmsSendException when the provider did not take it, with the failure sorted
     */
    String send(OutboundDispatch message, String statusCallbackUrl) throws SmsSendException;

    /**
     * Asks the provider whether it already has a message (after a crash between calling it and
     * storing its answer): same recipient, same text, created after the message was queued.
     *
     * @param message the abandoned message
     * @return the provider's id if it has the message
     * @throws SmsSendException if the provider cannot be asked now
     */
    Optional<String> find(OutboundDispatch message) throws SmsSendException;

    /**
     * Called after the outbox stored the provider's id; the simulator reports delivery here.
     *
     * @param message    the message
     * @param providerId the provider's id
     * @param relay      the outbox, to report statuses to
     */
    default void afterAccepted(OutboundDispatch message, String providerId, OutboxRelay relay) {
    }
}
