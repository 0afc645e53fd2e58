package org.warmline.helpdesk.domain;

import org.warmline.conversation.api.Channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operators' rules for a conversation: statuses, waiting clock, danger words, service guesses. */
class TicketTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    private static Ticket ticket() {
        return new Ticket(1, 2, Channel.SMS, "HQ", T0);
    }

    @Test
    void aNewConversationIsWithTheBotAndNotWaiting() {
        Ticket t = ticket();
        t.inbound(T0);
        assertEquals(Ticket.Status.BOT, t.status());
        assertNull(t.waitingSince());
    }

    @Test
    void aHandOffOpensItAndStartsTheWaitingClockOnce() {
        Ticket t = ticket();
        t.needsPerson(T0.plusSeconds(10));
        t.inbound(T0.plusSeconds(20));
        assertEquals(Ticket.Status.OPEN, t.status());
        assertEquals(T0.plusSeconds(10), t.waitingSince());
    }

    @Test
    void theFirstOperatorReplyIsKeptAndTheWorkerIsWaitedFor() {
        Ticket t = ticket();
        t.needsPerson(T0);
        t.operatorReplied(T0.plusSeconds(90));
        t.inbound(T0.plusSeconds(200));
        t.operatorReplied(T0.plusSeconds(300));
        assertEquals(T0.plusSeconds(90), t.firstResponseAt());
        assertEquals(Ticket.Status.PENDING, t.status());
        assertNull(t.waitingSince());
    }

    @Test
    void aPendingOrSnoozedConversationReopensWhenTheWorkerWrites() {
        Ticket t = ticket();
        t.changeStatus(Ticket.Status.SNOOZED, null, T0);
        t.inbound(T0.plusSeconds(5));
        assertEquals(Ticket.Status.OPEN, t.status());
        assertEquals(T0.plusSeconds(5), t.waitingSince());
    }

    @Test
    void aSnoozeUntilATimeWakesWhenItIsDue() {
        Ticket t = ticket();
        t.changeStatus(Ticket.Status.SNOOZED, T0.plusSeconds(60), T0);
        assertEquals(false, t.wakeIfDue(T0.plusSeconds(59)));
        assertTrue(t.wakeIfDue(T0.plusSeconds(60)));
        assertEquals(Ticket.Status.OPEN, t.status());
    }

    @Test
    void dangerMakesItUrgentAndOpenEvenWhenResolved() {
        Ticket t = ticket();
        t.changeStatus(Ticket.Status.RESOLVED, null, T0);
        t.flagDanger("被打", T0.plusSeconds(1));
        assertEquals(Ticket.Priority.URGENT, t.priority());
        assertEquals(Ticket.Status.OPEN, t.status());
        assertEquals("被打", t.urgentReason());
        assertNotNull(t.waitingSince());
    }

    @Test
    void labelsAreTrimmedDedupedAndBounded() {
        Ticket t = ticket();
        t.setLabels(Set.of(" 欠薪 ", "回访"), T0);
        assertEquals(Set.of("欠薪", "回访"), t.labels());
        assertThrows(IllegalArgumentException.class, () -> t.setLabels(Set.of("a,b"), T0));
    }

    @Test
    void aCentreSetByHandIsNotMovedByRouting() {
        Ticket t = ticket();
        t.moveToCentre("AH", T0);
        t.routeTo("GD");
        assertEquals("AH", t.centreCode());
    }

    @Test
    void dangerWordsAreFoundInChineseAndEnglish() {
        assertEquals(Optional.of("没地方住"), Triage.dangerWord("今晚没地方住了"));
        assertEquals(Optional.of("想不开"), Triage.dangerWord("我有点想不开"));
        assertEquals(Optional.of("no money"), Triage.dangerWord("I have No Money left"));
        assertEquals(Optional.empty(), Triage.dangerWord("腊月二十二从杭州回安徽六安，2个人"));
    }

    @Test
    void serviceIsGuessedFromKeywordsWithWagesBeforeWork() {
        assertEquals(Optional.of(Ticket.Service.LEGALAID), Triage.service("老板欠我三个月工资"));
        assertEquals(Optional.of(Ticket.Service.RETURNHOME), Triage.service("我想回家"));
        assertEquals(Optional.of(Ticket.Service.JOBS), Triage.service("想找工作"));
        assertEquals(Optional.empty(), Triage.service("你好"));
    }
}
