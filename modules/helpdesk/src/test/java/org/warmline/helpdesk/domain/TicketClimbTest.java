package org.warmline.helpdesk.domain;

import org.warmline.conversation.api.Channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10, "nobody unseen": when a conversation may climb to a parent centre, and what it keeps of why. */
class TicketClimbTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    private static Ticket waiting(String centre) {
        Ticket t = new Ticket(1, 2, Channel.SMS, "HQ", T0);
        t.routeTo(centre);
        t.handedOff("asked-for-person", T0);
        return t;
    }

    @Test
    void aWaitingConversationNobodyTookClimbsAndKeepsThePathAndReason() {
        Ticket t = waiting("FJ");
        assertTrue(t.waitsUnpickedUp());
        t.climb("GD", Ticket.Climb.NO_STAFF_ON_DUTY, null, T0.plusSeconds(1));
        t.climb("HQ", Ticket.Climb.NO_STAFF_ON_DUTY, null, T0.plusSeconds(1));
        assertEquals("HQ", t.centreCode());
        assertEquals(List.of("FJ", "GD", "HQ"), t.climbPath());
        assertEquals(Ticket.Climb.NO_STAFF_ON_DUTY, t.climbReason());
        assertNull(t.climbLimitSeconds());
    }

    @Test
    void aTimeoutClimbKeepsThePickUpTimeThatRanOut() {
        Ticket t = waiting("AH");
        t.flagDanger("受伤", T0);
        t.climb("HQ", Ticket.Climb.URGENT_NOT_PICKED_UP, 300, T0.plusSeconds(301));
        assertEquals(Ticket.Climb.URGENT_NOT_PICKED_UP, t.climbReason());
        assertEquals(300, t.climbLimitSeconds());
    }

    @Test
    void aConversationSomeoneWorksOnNeverClimbs() {
        Ticket assigned = waiting("AH");
        assigned.assign("operator-ah", T0.plusSeconds(5));
        assertFalse(assigned.waitsUnpickedUp());
        assertThrows(IllegalStateException.class,
                () -> assigned.climb("HQ", Ticket.Climb.NOT_PICKED_UP, 1800, T0.plusSeconds(2000)));
        assertEquals("AH", assigned.centreCode());

        Ticket answered = waiting("AH");
        answered.operatorReplied(T0.plusSeconds(5));
        assertFalse(answered.waitsUnpickedUp(), "an operator's answer picks it up");

        Ticket withTheBot = new Ticket(1, 2, Channel.SMS, "AH", T0);
        assertFalse(withTheBot.waitsUnpickedUp(), "the bot is still handling it");
    }

    @Test
    void thePickUpClockRestartsAtTheNewCentreAndRunsFromTheLaterOfWaitAndArrival() {
        Ticket t = waiting("AH");
        assertEquals(T0, t.pickupClockSince(T0.plusSeconds(10)));
        t.climb("HQ", Ticket.Climb.NOT_PICKED_UP, 60, T0.plusSeconds(61));
        assertEquals(T0.plusSeconds(61), t.pickupClockSince(T0.plusSeconds(70)));
        t.operatorReplied(T0.plusSeconds(80));
        assertNull(t.pickupClockSince(T0.plusSeconds(90)), "not waiting: no clock");
        t.inbound(T0.plusSeconds(100));
        assertEquals(T0.plusSeconds(100), t.pickupClockSince(T0.plusSeconds(110)), "the worker waits again from their message");
    }

    @Test
    void routingByPlaceNoLongerMovesAConversationThatClimbed() {
        Ticket t = waiting("GD");
        t.climb("HQ", Ticket.Climb.NO_STAFF_ON_DUTY, null, T0);
        t.routeTo("AH");
        assertEquals("HQ", t.centreCode());
    }
}
