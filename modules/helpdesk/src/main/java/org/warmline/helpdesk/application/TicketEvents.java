package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.conversation.api.MessageStored;
import org.warmline.core.application.events.DurableListener;
import org.warmline.core.application.events.EventPublications;

/**
 * Puts conversation's events into the helpdesk's tickets without ever losing one (issue 11, point 2):
 * each event is stored as a publication in the conversation's own transaction (core's
 * {@link EventPublications}), then applied in a helpdesk transaction of its own that also marks it
 * done, retried with back-off until it succeeds, and re-applied at start-up if the server stopped in
 * between. A helpdesk failure therefore never rolls back a dialog turn or loses a message, and a crash
 * never loses a hand-off or a danger message.
 * <ul>
 *   <li>Stored messages (two per worker message: the message and the bot's reply) are applied in
 *       batches on the delivery lanes, one conversation's in order ({@link Messages}).</li>
 *   <li>Hand-offs are rare and must be visible at once: they are applied on the committing thread right
 *       after the commit, so the conversation is in the operators' queue by the time the worker's reply
 *       leaves ({@link HandOffs}).</li>
 * </ul>
 */
@ApplicationScoped
public class TicketEvents {

    @Inject
    EventPublications publications;

    @Inject
    Messages messages;

    @Inject
    HandOffs handOffs;

    /** @param stored a message being stored; recorded for the helpdesk in the same transaction */
    void onStored(@Observes MessageStored stored) {
        publications.publish(messages, stored);
    }

    /** @param event a hand-off being made; recorded for the helpdesk in the same transaction */
    void onHandOff(@Observes HandOffRequested event) {
        publications.publish(handOffs, event);
    }

    /** The helpdesk's durable listener of stored messages: tickets, triage, routing. */
    @ApplicationScoped
    public static class Messages implements DurableListener<MessageStored> {

        @Inject
        TicketService tickets;

        /** @return "helpdesk.message-stored" */
        @Override
        public String id() {
            return "helpdesk.message-stored";
        }

        /** @return {@link MessageStored} */
        @Override
        public Class<MessageStored> eventType() {
            return MessageStored.class;
        }

        /** @param event a stored message @return its conversation id: one conversation's messages in order */
        @Override
        public String key(MessageStored event) {
            return Long.toString(event.conversationId());
        }

        /** @param events stored messages, oldest first; applied by {@link TicketService#applyStoredAll} */
        @Override
        public void apply(List<MessageStored> events) {
            tickets.applyStoredAll(events);
        }
    }

    /** The helpdesk's durable listener of hand-offs: the conversation waits in the operators' queue. */
    @ApplicationScoped
    public static class HandOffs implements DurableListener<HandOffRequested> {

        @Inject
        TicketService tickets;

        /** @return "helpdesk.hand-off" */
        @Override
        public String id() {
            return "helpdesk.hand-off";
        }

        /** @return {@link HandOffRequested} */
        @Override
        public Class<HandOffRequested> eventType() {
            return HandOffRequested.class;
        }

        /** @param event a hand-off @return its conversation id */
        @Override
        public String key(HandOffRequested event) {
            return Long.toString(event.conversationId());
        }

        /** @return true: applied right after the commit, on the committing thread */
        @Override
        public boolean immediate() {
            return true;
        }

        /** @param events hand-offs; each by {@link TicketService#applyHandOff} */
        @Override
        public void apply(List<HandOffRequested> events) {
            events.forEach(tickets::applyHandOff);
        }
    }
}
