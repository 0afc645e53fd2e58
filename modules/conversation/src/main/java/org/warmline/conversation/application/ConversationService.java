package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.InboundBusyException;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.api.InboundMessages;
import org.warmline.conversation.api.InboundResult;
import org.warmline.core.domain.phone.PhoneNumber;

/**
 * Receives channel messages: checks them, then has them stored first and processed second by
 * {@link InboundLanes} (see {@link InboundProcessing}) and waits for the reply. Two deliveries of the
 * same message end with one stored row.
 */
@ApplicationScoped
public class ConversationService implements InboundMessages {

    /** Longest a caller waits for its reply, in seconds (Twilio gives a webhook 15 s). */
    static final int WAIT_SECONDS = 14;

    @Inject
    InboundLanes lanes;

    @Override
    public InboundResult receive(InboundMessage message) {
        if (message.channel() == null) {
            throw new IllegalArgumentException("channel is required");
        }
        if (message.channelMessageId() == null || message.channelMessageId().isBlank()
                || message.channelMessageId().length() > 64) {
            throw new IllegalArgumentException("a channel message id of 1..64 characters is required");
        }
        // the channel says how its senders are known: by phone (SMS), or by the channel's own id (chat)
        boolean byPhone = message.channel().address() == Channel.Address.PHONE;
        PhoneNumber phone = byPhone ? PhoneNumber.parse(message.from()) : null;
        if (!byPhone && (message.from() == null || message.from().isBlank() || message.from().length() > 64)) {
            throw new IllegalArgumentException("a " + message.channel() + " sender id of 1..64 characters is required");
        }
        CompletableFuture<InboundResult> result = lanes.submit(message, phone);
        try {
            return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("inbound message failed", e.getCause());
        } catch (TimeoutException e) {
            // still stored and processed by its lane; a re-delivery gets the stored reply
            throw new InboundBusyException("the message is queued but was not answered within " + WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InboundBusyException("interrupted while waiting for the reply");
        }
    }
}
