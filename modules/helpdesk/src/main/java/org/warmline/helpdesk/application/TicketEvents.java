package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.conversation.api.MessageStored;

/**
 * Listens to conversation's events after their commit and updates the helpdesk tickets right there,
 * in the observer, each in a transaction of its own ({@link TicketService} methods are
 * {@code REQUIRES_NEW}), retried a few times (two messages of one conversation may race). Never
 * inside the conversation's transaction and never throwing: a helpdesk failure is logged and cannot
 * lose a message or roll back a dialog turn. No task per message is started — handing each message to
 * a managed thread cost more than the small update itself and measurably cut the webhook's throughput —
 * and a hand-off is in the operators' queue by the time the worker's reply leaves.
 */
@ApplicationScoped
public class TicketEvents {

    private static final Logger LOG = Logger.getLogger(TicketEvents.class.getName());

    private static final int ATTEMPTS = 3;

    @Inject
    TicketService tickets;

    /** @param stored a committed message */
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored stored) {
        apply("message " + stored.messageId(), () -> tickets.applyStored(stored));
    }

    /** @param event a committed hand-off */
    void onHandOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandOffRequested event) {
        apply("hand-off of " + event.conversationId(), () -> tickets.applyHandOff(event));
    }

    private static void apply(String what, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    LOG.log(Level.WARNING, "Helpdesk could not apply " + what, e);
                    return;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
