package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Logger;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.api.InboundMessages;
import org.warmline.conversation.api.InboundResult;
import org.warmline.core.domain.phone.PhoneNumber;

/**
 * Receives channel messages: store first, then process (see {@link InboundProcessing}). Two
 * deliveries of the same message racing each other end with one stored row: the loser of the
 * unique-key race reads the winner's row.
 */
@ApplicationScoped
public class ConversationService implements InboundMessages {

    private static final Logger LOG = Logger.getLogger(ConversationService.class.getName());

    @Inject
    InboundProcessing processing;

    @Override
    public InboundResult receive(InboundMessage message) {
        if (message.channel() == null || message.channel().isBlank()) {
            throw new IllegalArgumentException("channel is required");
        }
        if (message.channelMessageId() == null || message.channelMessageId().isBlank()
                || message.channelMessageId().length() > 64) {
            throw new IllegalArgumentException("a channel message id of 1..64 characters is required");
        }
        // chat workers are known by their chat id ("chat:<id>"); everyone else by phone
        PhoneNumber phone = isChat(message) ? null : PhoneNumber.parse(message.from());
        if (isChat(message) && (message.from() == null || message.from().length() > 64)) {
            throw new IllegalArgumentException("a chat id of 1..64 characters is required");
        }
        InboundProcessing.Stored stored;
        try {
            stored = processing.store(message, phone);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            LOG.fine(() -> "store raced with a duplicate delivery, reading the stored row: " + e);
            stored = processing.store(message, phone);
        }
        InboundProcessing.Processed result = stored.processed()
                ? stored.reply()
                : processing.process(stored.messageId());
        return new InboundResult(stored.messageId(), stored.existed(), result.reply(), result.language(),
                result.replyId());
    }

    /** @return whether the message comes from the web chat (sender is a chat id, not a phone) */
    private static boolean isChat(InboundMessage message) {
        return message.from() != null && message.from().startsWith(CHAT_PREFIX);
    }

    /** Prefix of a chat sender id in {@link InboundMessage#from()}. */
    public static final String CHAT_PREFIX = "chat:";
}
