package org.warmline.helpdesk.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.conversation.api.MessageStored;

/**
 * Listens to conversation's events after their commit and updates the helpdesk tickets on a managed
 * thread, each in its own transaction, retried a few times (two messages of one conversation may
 * race). Never inside the conversation's transaction: a helpdesk failure cannot lose a message or
 * roll back a dialog turn.
 */
@ApplicationScoped
public class TicketEvents {

    private static final Logger LOG = Logger.getLogger(TicketEvents.class.getName());

    @Inject
    TicketService tickets;

    @Resource
    ManagedExecutorService executor;

    /** @param stored a committed message */
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored stored) {
        executor.execute(() -> retry("message " + stored.messageId(), () -> tickets.applyStored(stored)));
    }

    /** @param event a committed hand-off */
    void onHandOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandOffRequested event) {
        executor.execute(() -> retry("hand-off of " + event.conversationId(), () -> tickets.applyHandOff(event)));
    }

    private static void retry(String what, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= 4) {
                    LOG.log(Level.WARNING, "Helpdesk could not apply " + what, e);
                    return;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
