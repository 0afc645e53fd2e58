package org.warmline.helpdesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.helpdesk.domain.Ticket;
import org.warmline.helpdesk.domain.TicketQuery;

/** The queue's filter as the repository reads it ({@link TicketService#query}): centre scoping and statuses. */
class QueueQueryTest {

    private static final Viewer AH_OPERATOR = new Viewer("operator-ah", "AH", false);
    private static final Viewer SUPERVISOR = new Viewer("supervisor", "HQ", true);

    private static TicketFilter filter(Ticket.Status status, String centre, String q, boolean every) {
        return new TicketFilter(false, false, status, null, null, null, centre, q, every);
    }

    @Test
    void staffOfOneCentreSeeOnlyTheirCentreWhateverCentreTheyAskFor() {
        assertEquals("AH", TicketService.query(AH_OPERATOR, filter(null, "GD", null, false), null).centre());
    }

    @Test
    void supervisorsSeeEveryCentreOrTheOneTheyPick() {
        assertNull(TicketService.query(SUPERVISOR, filter(null, null, null, false), null).centre());
        assertEquals("GD", TicketService.query(SUPERVISOR, filter(null, "GD", null, false), null).centre());
    }

    @Test
    void withoutStatusTheQueueShowsTheActiveOnesAndAllOrASearchShowsEvery() {
        assertEquals(Set.of(Ticket.Status.OPEN, Ticket.Status.PENDING, Ticket.Status.SNOOZED),
                TicketService.query(SUPERVISOR, filter(null, null, null, false), null).statuses());
        assertTrue(TicketService.query(SUPERVISOR, filter(null, null, null, true), null).statuses().isEmpty());
        TicketQuery.Matching found = new TicketQuery.Matching(List.of(4L), List.of());
        TicketQuery search = TicketService.query(SUPERVISOR, filter(null, null, "工资", false), found);
        assertTrue(search.statuses().isEmpty(), "a search looks at resolved conversations too");
        assertEquals(found, search.matching());
        assertEquals(Set.of(Ticket.Status.PENDING),
                TicketService.query(SUPERVISOR, filter(Ticket.Status.PENDING, null, "工资", false), found).statuses());
    }

    @Test
    void mineMeansAssignedToTheViewerAndTheOtherPartsPassThrough() {
        TicketFilter f = new TicketFilter(true, true, null, Ticket.Service.JOBS, "欠薪", Ticket.Priority.URGENT, null, null, false);
        TicketQuery q = TicketService.query(AH_OPERATOR, f, null);
        assertEquals("operator-ah", q.assignee());
        assertTrue(q.unassigned());
        assertEquals(Ticket.Service.JOBS, q.service());
        assertEquals(Ticket.Priority.URGENT, q.priority());
        assertEquals("欠薪", q.label());
        assertNull(q.matching());
        assertFalse(TicketService.query(AH_OPERATOR, filter(null, null, null, false), null).unassigned());
    }
}
