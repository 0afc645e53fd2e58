package org.warmline.helpdesk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which tickets a page of the operators' queue shows, as {@link TicketRepository} reads them: every non-null
 * (or non-empty) part narrows the result; the repository builds the query from these parts alone.
 *
 * @param centre     only this help centre's tickets, or null for every centre
 * @param statuses   only these statuses; empty for every status
 * @param assignee   only tickets assigned to this staff user, or null
 * @param unassigned only tickets nobody has
 * @param service    only this service, or null
 * @param priority   only this priority, or null
 * @param label      only tickets with this label (exact, one of the ticket's labels), or null
 * @param matching   only tickets of these conversations or workers (a text or phone search), or null for no search
 */
public record TicketQuery(String centre, Set<Ticket.Status> statuses, String assignee, boolean unassigned,
                          Ticket.Service service, Ticket.Priority priority, String label, Matching matching) {

    /** The statuses the queue shows by default: the active ones. */
    public static final Set<Ticket.Status> ACTIVE = Set.of(Ticket.Status.OPEN, Ticket.Status.PENDING, Ticket.Status.SNOOZED);

    /** @throws NullPointerException if statuses is null */
    public TicketQuery {
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
    }

    /**
     * What a search found: tickets of these conversations (their messages mention the text) or of these workers
     * (the phone, or its last four digits). Both may be empty: then the search finds nothing.
     *
     * @param conversationIds conversations whose messages match
     * @param workerIds       workers whose phone matches
     */
    public record Matching(List<Long> conversationIds, List<Long> workerIds) {
        /** @throws NullPointerException if a list is null */
        public Matching {
            conversationIds = List.copyOf(conversationIds);
            workerIds = List.copyOf(workerIds);
        }
    }
}
