package org.warmline.helpdesk.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The helpdesk's tickets ({@code hd_ticket}), as the application reads them: by id, by conversation, the
 * queue's pages, the snoozed tickets that are due, the hand-offs waiting, the dashboard's set. Implemented
 * with JPA in {@code infrastructure}.
 */
public interface TicketRepository {

    /** @param id a ticket id @return the ticket, or empty */
    Optional<Ticket> byId(long id);

    /** @param conversationId a conversation (conversation module's id) @return its ticket, or empty */
    Optional<Ticket> byConversation(long conversationId);

    /**
     * @param query which tickets
     * @param first index of the first (0-based)
     * @param max   at most this many
     * @return the matching tickets: urgent first (priority rank), then longest waiting (not waiting last), then
     *         most recent message, then newest
     */
    List<Ticket> page(TicketQuery query, int first, int max);

    /** @param query which tickets @return how many match */
    long count(TicketQuery query);

    /** @param now the current time @return SNOOZED tickets whose time has come ({@code snoozedUntil <= now}) */
    List<Ticket> snoozedDue(Instant now);

    /**
     * @param centre a help centre, or null for every centre
     * @param max    at most this many
     * @return OPEN tickets with a hand-off reason, longest waiting first
     */
    List<Ticket> waitingHandOffs(String centre, int max);

    /**
     * @param since  created since
     * @param centre a help centre, or null for every centre
     * @return tickets created since, or not resolved
     */
    List<Ticket> createdSinceOrUnresolved(Instant since, String centre);

    /**
     * What the coverage watch reads of a waiting ticket (a projection: no entity is loaded).
     *
     * @param id           the ticket
     * @param centreCode   its help centre
     * @param urgent       whether its priority is URGENT
     * @param waitingSince since when the worker waits
     * @param centreSince  since when it is at this centre, or null
     */
    record Waiting(long id, String centreCode, boolean urgent, Instant waitingSince, Instant centreSince) { }

    /**
     * @param centres help centre codes (not empty)
     * @return OPEN tickets at one of them with nobody on them and a worker waiting, by id
     */
    List<Waiting> waitingUnassigned(Collection<String> centres);
}
