package org.warmline.helpdesk.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.conversation.api.MessageStored;

/**
 * Listens to conversation's events after their commit and updates the helpdesk tickets, never inside
 * the conversation's transaction and never throwing: a helpdesk failure is logged and cannot lose a
 * message or roll back a dialog turn.
 * <ul>
 *   <li>Stored messages (two per worker message: the message and the bot's reply) go into a queue that
 *       one helpdesk thread drains, up to {@value #BATCH} per transaction. The webhook's thread only
 *       enqueues: updating the ticket on it added two transactions to every webhook, and starting a
 *       managed task per message cost more than the update itself (both measured with the webhook
 *       benchmark). Tickets follow the messages within milliseconds; the queue is in memory, so a
 *       crash can leave a ticket behind its last message until the next message of that conversation.</li>
 *   <li>Hand-offs are rare and must be visible at once: they are applied on the observing thread, so
 *       the conversation is in the operators' queue by the time the worker's reply leaves.</li>
 * </ul>
 */
@ApplicationScoped
public class TicketEvents {

    private static final Logger LOG = Logger.getLogger(TicketEvents.class.getName());

    private static final int ATTEMPTS = 3;

    /** Most stored messages applied in one transaction. */
    static final int BATCH = 200;

    @Inject
    TicketService tickets;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final BlockingQueue<MessageStored> pending = new LinkedBlockingQueue<>();

    private volatile Thread drainer;

    /** @param stored a committed message; queued for the helpdesk thread */
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored stored) {
        pending.add(stored);
        if (drainer == null) {
            startDrainer();
        }
    }

    /** @param event a committed hand-off; applied at once */
    void onHandOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandOffRequested event) {
        apply("hand-off of " + event.conversationId(), () -> tickets.applyHandOff(event));
    }

    private synchronized void startDrainer() {
        if (drainer == null) {
            Thread thread = threads.newThread(this::drain);
            thread.setName("helpdesk-tickets");
            thread.setDaemon(true);
            drainer = thread;
            thread.start();
        }
    }

    @PreDestroy
    void stop() {
        Thread thread = drainer;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void drain() {
        List<MessageStored> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(pending.take());
            } catch (InterruptedException e) {
                return;
            }
            pending.drainTo(batch, BATCH - 1);
            List<MessageStored> work = List.copyOf(batch);
            batch.clear();
            if (!tryApply(() -> tickets.applyStoredAll(work))) {
                // one bad message must not hold back the others: apply them one by one
                for (MessageStored stored : work) {
                    apply("message " + stored.messageId(), () -> tickets.applyStored(stored));
                }
            }
        }
    }

    private static boolean tryApply(Runnable work) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                work.run();
                return true;
            } catch (RuntimeException e) {
                if (!pause(attempt)) {
                    return false;
                }
            }
        }
        return false;
    }

    private static void apply(String what, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !pause(attempt)) {
                    LOG.log(Level.WARNING, "Helpdesk could not apply " + what, e);
                    return;
                }
            }
        }
    }

    /** @return false when interrupted (shutting down) */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
            return true;
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
