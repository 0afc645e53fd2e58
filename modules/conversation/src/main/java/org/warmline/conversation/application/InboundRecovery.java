package org.warmline.conversation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.conversation.domain.MessageRepository;
import org.warmline.conversation.domain.MessageRepository.Unprocessed;
import org.warmline.core.application.SchemaReady;

/**
 * The start-up check of inbound messages (DESIGN.md: "a crash between the two loses nothing"): a
 * message is committed before it is processed, so a server that stops between the two leaves it
 * stored and unprocessed. When the schema is ready, every such message is processed, oldest first, in
 * the background (start-up is not delayed), with what processing does (dialog turn, actions such as a
 * hand-off to a person, the reply stored); an SMS reply, which the lost webhook answer would have
 * carried, is sent through the outbox. Processing locks the message and skips it if processed, so a
 * message that another node or a re-delivery processes meanwhile is processed once.
 */
@ApplicationScoped
public class InboundRecovery {

    private static final Logger LOG = Logger.getLogger(InboundRecovery.class.getName());

    /** Most messages one start-up check processes. */
    static final int LIMIT = 10_000;

    @Inject
    MessageRepository messages;

    @Inject
    InboundProcessing processing;

    @Inject
    OutboxService outbox;

    @Resource
    ManagedExecutorService executor;

    void start(@Observes SchemaReady ready) {
        executor.execute(this::recover);
    }

    /**
     * @return inbound messages stored but not processed, with their channel, oldest first (at most
     *         {@value #LIMIT}); one query for all of them
     */
    List<Unprocessed> unprocessed() {
        return messages.unprocessedInbound(LIMIT);
    }

    private void recover() {
        try {
            List<Unprocessed> messages = unprocessed();
            if (messages.isEmpty()) {
                return;
            }
            LOG.info(() -> "Start-up check: " + messages.size() + " inbound message(s) stored but not processed before the"
                    + " last stop, processing them now");
            for (Unprocessed message : messages) {
                long id = message.id();
                try {
                    InboundProcessing.Processed done = processing.process(id);
                    if (done.replyId() != 0 && message.channel().hasOwnSender()) {
                        // the webhook that was to carry the reply never answered: it goes by the outbox
                        outbox.sendStoredReply(done.replyId());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Inbound message " + id + " could not be processed at start-up", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Start-up check of inbound messages failed", e);
        }
    }
}
