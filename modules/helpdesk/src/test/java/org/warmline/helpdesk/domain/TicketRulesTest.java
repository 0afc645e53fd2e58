package org.warmline.helpdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.Channel;

/**
 * The conversation's status transitions, assignment, hand-off reason, priority and climb path, rules that
 * were proved only through the packaged server (ConsoleApiIT, ConsoleEscalationIT, CentreCoverageIT) until
 * now; {@link TicketTest} and {@link TicketClimbTest} hold the others.
 */
class TicketRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    private static Ticket handedOff() {
        Ticket t = new Ticket(1, 2, Channel.SMS, "HQ", T0);
        t.handedOff("asked-for-person", T0);
        return t;
    }

    @Test
    void resolvingStopsTheWaitAndForgetsWhyItWasHandedOff() {
        Ticket t = handedOff();
        t.changeStatus(Ticket.Status.RESOLVED, null, T0.plusSeconds(60));
        assertEquals(Ticket.Status.RESOLVED, t.status());
        assertEquals(T0.plusSeconds(60), t.resolvedAt());
        assertNull(t.waitingSince());
        assertNull(t.handOffReason());
        assertFalse(t.waitsUnpickedUp());
    }

    @Test
    void reopeningByHandClearsTheResolutionAndStartsTheWaitingClock() {
        Ticket t = handedOff();
        t.changeStatus(Ticket.Status.RESOLVED, null, T0.plusSeconds(60));
        t.changeStatus(Ticket.Status.OPEN, null, T0.plusSeconds(120));
        assertEquals(Ticket.Status.OPEN, t.status());
        assertNull(t.resolvedAt());
        assertEquals(T0.plusSeconds(120), t.waitingSince());
    }

    @Test
    void aResolvedConversationStaysResolvedWhenTheWorkerWritesUntilTheyNeedAPersonAgain() {
        Ticket t = handedOff();
        t.changeStatus(Ticket.Status.RESOLVED, null, T0.plusSeconds(60));
        t.inbound(T0.plusSeconds(70));
        assertEquals(Ticket.Status.RESOLVED, t.status());
        assertNull(t.waitingSince(), "nobody waits for a person on a resolved conversation");
        assertEquals(T0.plusSeconds(70), t.lastMessageAt());
        t.handedOff("asked-for-person", T0.plusSeconds(80));
        assertEquals(Ticket.Status.OPEN, t.status());
        assertNull(t.resolvedAt());
        assertEquals(T0.plusSeconds(80), t.waitingSince());
    }

    @Test
    void pendingAndSnoozedStopTheWaitingClockAndOnlyASnoozeKeepsItsTime() {
        Ticket pending = handedOff();
        pending.changeStatus(Ticket.Status.PENDING, T0.plusSeconds(3600), T0.plusSeconds(5));
        assertNull(pending.waitingSince());
        assertNull(pending.handOffReason());
        assertNull(pending.snoozedUntil(), "a time is kept only for a snooze");

        Ticket snoozed = handedOff();
        snoozed.changeStatus(Ticket.Status.SNOOZED, T0.plusSeconds(3600), T0.plusSeconds(5));
        assertEquals(T0.plusSeconds(3600), snoozed.snoozedUntil());
        assertNull(snoozed.waitingSince());
        snoozed.inbound(T0.plusSeconds(10));
        assertEquals(Ticket.Status.OPEN, snoozed.status());
        assertNull(snoozed.snoozedUntil(), "the worker's message ends the snooze");
    }

    @Test
    void aSnoozeUntilTheNextMessageNeverWakesByTime() {
        Ticket t = handedOff();
        t.changeStatus(Ticket.Status.SNOOZED, null, T0);
        assertFalse(t.wakeIfDue(T0.plusSeconds(365L * 24 * 3600)));
        assertEquals(Ticket.Status.SNOOZED, t.status());
    }

    @Test
    void aSnoozeWakesExactlyAtItsTimeNotBefore() {
        Ticket t = handedOff();
        t.changeStatus(Ticket.Status.SNOOZED, T0.plusSeconds(600), T0);
        assertFalse(t.wakeIfDue(T0.plusSeconds(599)));
        assertTrue(t.wakeIfDue(T0.plusSeconds(600)));
        assertEquals(Ticket.Status.OPEN, t.status());
        assertEquals(T0.plusSeconds(600), t.waitingSince());
        assertFalse(t.wakeIfDue(T0.plusSeconds(601)), "an open conversation does not wake twice");
    }

    @Test
    void aHandOffReasonIsKeptClippedOrUnspecifiedUntilAnOperatorAnswers() {
        Ticket blank = new Ticket(1, 2, Channel.SMS, "HQ", T0);
        blank.handedOff("  ", T0);
        assertEquals("unspecified", blank.handOffReason());
        Ticket none = new Ticket(1, 2, Channel.SMS, "HQ", T0);
        none.handedOff(null, T0);
        assertEquals("unspecified", none.handOffReason());
        Ticket longer = new Ticket(1, 2, Channel.SMS, "HQ", T0);
        longer.handedOff("x".repeat(100), T0);
        assertEquals("x".repeat(64), longer.handOffReason());
        longer.operatorReplied(T0.plusSeconds(30));
        assertNull(longer.handOffReason());
    }

    @Test
    void anOperatorWritingFirstTakesTheConversationFromTheBotButDoesNotReopenAResolvedOne() {
        Ticket fromBot = new Ticket(1, 2, Channel.SMS, "HQ", T0);
        fromBot.operatorReplied(T0.plusSeconds(10));
        assertEquals(Ticket.Status.PENDING, fromBot.status());
        assertEquals(T0.plusSeconds(10), fromBot.firstResponseAt());

        Ticket resolved = handedOff();
        resolved.changeStatus(Ticket.Status.RESOLVED, null, T0.plusSeconds(20));
        resolved.operatorReplied(T0.plusSeconds(30));
        assertEquals(Ticket.Status.RESOLVED, resolved.status());
        assertEquals(T0.plusSeconds(30), resolved.lastMessageAt());
    }

    @Test
    void aBlankAssigneeUnassignsAndOnlyAnUnassignedWaitingConversationIsUnpickedUp() {
        Ticket t = handedOff();
        assertTrue(t.waitsUnpickedUp());
        t.assign("operator", T0.plusSeconds(1));
        assertEquals("operator", t.assignee());
        assertFalse(t.waitsUnpickedUp());
        assertThrows(IllegalStateException.class, () -> t.climb("HQ", Ticket.Climb.NOT_PICKED_UP, 300, T0.plusSeconds(2)));
        t.assign(" ", T0.plusSeconds(3));
        assertNull(t.assignee());
        assertTrue(t.waitsUnpickedUp());
        assertEquals(T0.plusSeconds(3), t.updatedAt());
    }

    @Test
    void loweringThePriorityForgetsTheDangerWordAndTheRankOrdersUrgentFirst() {
        Ticket t = handedOff();
        t.flagDanger("受伤".repeat(40), T0);
        assertEquals(64, t.urgentReason().length(), "the danger word is clipped to 64 characters");
        t.setPriority(Ticket.Priority.HIGH);
        assertEquals(Ticket.Priority.HIGH, t.priority());
        assertNull(t.urgentReason());
        assertTrue(Ticket.Priority.URGENT.ordinal() > Ticket.Priority.HIGH.ordinal()
                && Ticket.Priority.HIGH.ordinal() > Ticket.Priority.NORMAL.ordinal()
                && Ticket.Priority.NORMAL.ordinal() > Ticket.Priority.LOW.ordinal(), "the queue's rank, lowest first");
    }

    @Test
    void aStatusIsReadInAnyCaseAndAnUnknownOneIsRefused() {
        assertEquals(Ticket.Status.SNOOZED, Ticket.parseStatus(" snoozed "));
        assertEquals(Ticket.Status.RESOLVED, Ticket.parseStatus("Resolved"));
        assertThrows(IllegalArgumentException.class, () -> Ticket.parseStatus("closed"));
    }

    @Test
    void aLongClimbPathKeepsItsLatestCentres() {
        Ticket t = handedOff();
        for (int i = 0; i < 60; i++) {
            t.climb("C" + i, Ticket.Climb.NO_STAFF_ON_DUTY, null, T0.plusSeconds(i));
        }
        List<String> path = t.climbPath();
        assertEquals("C59", path.get(path.size() - 1));
        assertTrue(String.join(">", path).length() <= 200, path.toString());
        assertEquals("C59", t.centreCode());
    }
}
