package org.warmline.webapp.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.helpdesk.application.TicketChanged;
import org.warmline.helpdesk.application.TicketFilter;
import org.warmline.helpdesk.application.TicketService;
import org.warmline.helpdesk.application.Viewer;
import org.warmline.helpdesk.domain.Ticket;

/**
 * Inside the running application (Arquillian, the deployment shared by the methods of a concrete class):
 * the helpdesk's CDI event from the conversation module and its queue query, on the database the
 * concrete class deploys with. No HTTP: the services, events and queries themselves.
 */
abstract class HelpdeskInContainerChecks {

    /** Conversation ids no other row uses (the conversation module's sequence starts low). */
    private static final AtomicLong CONVERSATIONS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final Viewer SUPERVISOR = new Viewer("supervisor", "HQ", true);

    @Inject
    Event<HandOffRequested> handOffs;

    @Inject
    TicketService tickets;

    @Inject
    WorkerDirectory workers;

    @Inject
    UserTransaction tx;

    /** @return a new chat-only worker's id, stored in its own transaction */
    private long newWorker() throws Exception {
        tx.begin();
        long id = workers.findOrCreateByChat("arq-" + UUID.randomUUID(), "zh").id();
        tx.commit();
        return id;
    }

    /** Fires a hand-off in a transaction that commits or rolls back. @return the conversation id */
    private long handOff(long worker, boolean commit) throws Exception {
        long conversation = CONVERSATIONS.incrementAndGet();
        tx.begin();
        handOffs.fire(new HandOffRequested(conversation, worker, Channel.CHAT, "asked-for-person", Instant.now()));
        if (commit) {
            tx.commit();
        } else {
            tx.rollback();
        }
        return conversation;
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 30 s: " + what);
    }

    private Ticket ticketOf(long conversation) throws InterruptedException {
        TicketChanged t = await(() -> tickets.ticketOfConversation(conversation), "a ticket for conversation " + conversation);
        return tickets.get(SUPERVISOR, t.ticketId());
    }

    @Test
    void aHandOffFiredInACommittedTransactionPutsTheConversationInTheQueueOnce() throws Exception {
        long worker = newWorker();
        long conversation = handOff(worker, true);
        Ticket ticket = ticketOf(conversation);
        assertEquals(Ticket.Status.OPEN, ticket.status());
        assertEquals("asked-for-person", ticket.handOffReason());
        assertEquals(worker, ticket.workerId());
        assertEquals(Channel.CHAT, ticket.channel(), "a chat hand-off is a chat ticket");

        // the same conversation handed off again: still one ticket, still waiting since the first
        tx.begin();
        handOffs.fire(new HandOffRequested(conversation, worker, Channel.CHAT, "not-understood", Instant.now()));
        tx.commit();
        await(() -> Optional.of(tickets.get(SUPERVISOR, ticket.id())).filter(t -> "not-understood".equals(t.handOffReason())),
                "the second hand-off's reason");
        List<Ticket> waiting = tickets.waitingHandOffs(SUPERVISOR, 500).stream()
                .filter(t -> t.conversationId() == conversation).toList();
        assertEquals(1, waiting.size(), "one ticket per conversation");
        assertEquals(ticket.waitingSince(), waiting.get(0).waitingSince());
    }

    @Test
    void aHandOffFiredInATransactionThatRollsBackLeavesNoTicket() throws Exception {
        long worker = newWorker();
        long rolledBack = handOff(worker, false);
        long committed = handOff(worker, true);
        ticketOf(committed); // hand-offs are applied in order: once this one is there, the other had its chance
        assertTrue(tickets.ticketOfConversation(rolledBack).isEmpty(), "nothing from a transaction that rolled back");
    }

    @Test
    void theQueueFiltersByPriorityAssigneeAndCentreInTheDatabase() throws Exception {
        long worker = newWorker();
        Ticket urgent = ticketOf(handOff(worker, true));
        Ticket normal = ticketOf(handOff(worker, true));
        tickets.changePriority(SUPERVISOR, urgent.id(), Ticket.Priority.URGENT);
        tickets.assign(SUPERVISOR, normal.id(), "operator");

        List<Long> urgentOnes = ids(new TicketFilter(false, false, null, null, null, Ticket.Priority.URGENT, null, null, false));
        assertTrue(urgentOnes.contains(urgent.id()) && !urgentOnes.contains(normal.id()), urgentOnes.toString());
        List<Long> unassigned = ids(new TicketFilter(false, true, Ticket.Status.OPEN, null, null, null, null, null, false));
        assertTrue(unassigned.contains(urgent.id()) && !unassigned.contains(normal.id()), unassigned.toString());
        List<Long> otherCentre = tickets.list(new Viewer("operator-gd", "GD", false),
                new TicketFilter(false, false, null, null, null, null, null, null, true), 0, 200).tickets().stream()
                .map(Ticket::id).toList();
        assertTrue(!otherCentre.contains(urgent.id()) && !otherCentre.contains(normal.id()),
                "another centre's staff see neither: " + otherCentre);

        TicketService.Page all = tickets.list(SUPERVISOR, new TicketFilter(false, false, null, null, null, null, null, null, true), 0, 200);
        assertTrue(all.total() >= 2 && all.tickets().size() <= all.total());
        List<Long> order = all.tickets().stream().map(Ticket::id).filter(id -> id.equals(urgent.id()) || id.equals(normal.id())).toList();
        assertEquals(List.of(urgent.id(), normal.id()), order, "urgent first");
    }

    private List<Long> ids(TicketFilter filter) {
        return tickets.list(SUPERVISOR, filter, 0, 200).tickets().stream().map(Ticket::id).toList();
    }
}
