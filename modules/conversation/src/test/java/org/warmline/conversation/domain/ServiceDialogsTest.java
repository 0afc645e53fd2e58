package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.domain.DialogState.JobSlots;
import org.warmline.conversation.domain.DialogState.LegalSlots;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.conversation.domain.DialogState.TripSlots;
import org.warmline.conversation.domain.ServiceDialog.Outcome;

/**
 * Each service dialog on its own, without the router: the outcome of one answer (filled, needs an
 * answer, not understood, done with its action). Clock at 2026-12-01 Asia/Shanghai.
 */
class ServiceDialogsTest {

    private final DialogReaders readers = Fixtures.readers();
    private final Replies replies = new Replies(readers);
    private final TripDialog trip = new TripDialog(readers, replies);
    private final LegalIntakeDialog legal = new LegalIntakeDialog(readers, replies);
    private final JobIntakeDialog job = new JobIntakeDialog(readers, replies);

    private static Incoming zh(String text) {
        String folded = Texts.simplify(Texts.foldWidth(text));
        return new Incoming(text, folded, Texts.bare(folded), "zh", false);
    }

    private static DialogState at(Step step, Service service) {
        return DialogState.initial().withService(service).withStep(step);
    }

    // ---- trip ----

    @Test
    void tripAnswerWithADayFillsTheDateAndAsksThePartyNext() {
        DialogState s = at(Step.ASK_DATE, Service.TRIP).withTrip(new TripSlots("3415", null, null, null, null, null, null));
        Outcome.Filled filled = assertInstanceOf(Outcome.Filled.class, trip.answer(s, zh("腊月二十二")));
        assertEquals(LocalDate.of(2027, 1, 29), filled.next().trip().travelDate());
        assertNull(filled.problem());

        Outcome.Reply next = assertInstanceOf(Outcome.Reply.class, trip.next(filled.next(), "zh"));
        assertEquals(Step.ASK_PARTY, next.next().step());
        assertEquals(Messages.format("zh", "ask.party"), next.text());
    }

    @Test
    void tripWithEverySlotNeedsAConfirmationAndDraftsTheRequest() {
        DialogState s = at(Step.ASK_ORIGIN, Service.TRIP)
                .withTrip(new TripSlots("3415", "3301", LocalDate.of(2027, 1, 29), null, null, 2, null));
        Outcome.Reply reply = assertInstanceOf(Outcome.Reply.class, trip.next(s, "zh"));
        assertEquals(Step.CONFIRM, reply.next().step());
        assertEquals("请确认：2027年1月29日 从浙江杭州到安徽六安，2人。回复1确认，2修改", reply.text());
        assertInstanceOf(DialogAction.DraftTripRequest.class, reply.actions().get(0));
    }

    @Test
    void tripConfirmedIsDoneWithTheConfirmationAndChatWordsForAChatWorker() {
        DialogState s = at(Step.CONFIRM, Service.TRIP)
                .withTrip(new TripSlots("3415", "3301", LocalDate.of(2027, 1, 29), null, null, 2, null));
        Outcome.Done done = assertInstanceOf(Outcome.Done.class, trip.answer(s, zh("1")));
        assertEquals(new DialogAction.ConfirmTripRequest(), done.action());
        assertEquals("confirmed", done.doneKey());

        Incoming inChat = new Incoming("对", "对", "对", "zh", true);
        assertEquals("confirmed.chat", assertInstanceOf(Outcome.Done.class, trip.answer(s, inChat)).doneKey());
    }

    @Test
    void tripUnknownPlaceIsNotUnderstoodWithTheEchoAndMayBeAnotherService() {
        Outcome.NotUnderstood n = assertInstanceOf(Outcome.NotUnderstood.class,
                trip.answer(at(Step.ASK_DESTINATION, Service.TRIP), zh("火星基地")));
        assertTrue(n.otherService());
        assertNotNull(n.again());
        assertEquals(Messages.format("zh", "ask.destination.again", "火星基地"), n.again().text());
        assertEquals(1, n.again().next().misses());
    }

    @Test
    void tripAmbiguousPlaceIsFilledWithAProblemToAskFirst() {
        Outcome.Filled f = assertInstanceOf(Outcome.Filled.class,
                trip.answer(at(Step.ASK_DESTINATION, Service.TRIP), zh("朝阳区")));
        assertNotNull(f.problem());
        assertEquals(Step.PICK_DESTINATION, f.problem().step());
        assertTrue(f.problem().options().size() >= 2);
    }

    @Test
    void tripKnowsAWholeRequestAndWhereAMessageAsksForIt() {
        assertTrue(trip.isWholeRequest(zh("腊月二十二从杭州回安徽六安，2个人")));
        assertFalse(trip.isWholeRequest(zh("我要回家")));
        assertTrue(trip.askedAt("老板欠我工资，我要回家") > 0);
        assertEquals(-1, trip.askedAt("想回老家创业"), "a start-up at home is not a trip");
    }

    // ---- legal ----

    @Test
    void legalFirstMessageFillsTopicAmountAndSite() {
        Outcome.Filled f = legal.start(DialogState.initial(), zh("老板拖欠工资两个月，大概九千块，在东莞"));
        LegalSlots l = f.next().legal();
        assertEquals(LegalTopic.WAGE_ARREARS, l.topic());
        assertEquals(900_000L, l.amountFen());
        assertEquals(2, l.monthsUnpaid());
        assertEquals("4419", l.siteCode());
    }

    @Test
    void legalNeedsAnAnswerToEachMissingQuestionOnce() {
        DialogState s = at(Step.IDLE, Service.LEGAL).withLegal(new LegalSlots("欠薪", LegalTopic.WAGE_ARREARS, null,
                null, null, null, null, Set.of(), false));
        Outcome.Reply first = assertInstanceOf(Outcome.Reply.class, legal.next(s, "zh"));
        assertEquals(Step.ASK_EMPLOYER, first.next().step());
        Outcome.Filled answered = assertInstanceOf(Outcome.Filled.class, legal.answer(first.next(), zh("包工头老王")));
        assertEquals("老王", answered.next().legal().foreman());
        Outcome.Reply second = assertInstanceOf(Outcome.Reply.class, legal.next(answered.next(), "zh"));
        assertEquals(Step.ASK_SITE, second.next().step());
    }

    @Test
    void legalEndsOnThatsAllWithTheRecordedIntake() {
        DialogState s = at(Step.ASK_AMOUNT, Service.LEGAL).withLegal(new LegalSlots("欠薪", LegalTopic.WAGE_ARREARS,
                "老王", "4419", null, null, null, Set.of(), false));
        Outcome.Done done = assertInstanceOf(Outcome.Done.class, legal.answer(s, zh("就这些")));
        assertEquals("legal.recorded", done.doneKey());
        DialogAction.RecordLegalIntake r = assertInstanceOf(DialogAction.RecordLegalIntake.class, done.action());
        assertEquals("4419", r.siteCode());
        assertEquals(LegalTopic.WAGE_ARREARS, r.topic());
    }

    @Test
    void legalNonsenseIsNotUnderstoodAndAWrongPickIsNoOtherService() {
        DialogState s = at(Step.ASK_AMOUNT, Service.LEGAL).withLegal(new LegalSlots("欠薪", LegalTopic.WAGE_ARREARS,
                "老王", "4419", null, null, null, Set.of(), false));
        Outcome.NotUnderstood n = assertInstanceOf(Outcome.NotUnderstood.class, legal.answer(s, zh("嗯嗯啊啊")));
        assertTrue(n.otherService());
        assertNull(n.again());

        DialogState pick = DialogState.initial().withService(Service.LEGAL).withOptions(Step.PICK_SITE,
                List.of("110105", "220104"));
        assertFalse(assertInstanceOf(Outcome.NotUnderstood.class, legal.answer(pick, zh("7"))).otherService());
        assertEquals("220104", assertInstanceOf(Outcome.Filled.class, legal.answer(pick, zh("2"))).next().legal().siteCode());
    }

    @Test
    void legalDangerMakesTheIntakeUrgentWithTheSiteNamed() {
        DialogState s = legal.dangerNoted(DialogState.initial(), zh("我在东莞厚街，腿受伤了"));
        assertTrue(s.legal().urgent());
        assertNotNull(s.legal().siteCode());
    }

    // ---- jobs ----

    @Test
    void jobTradeAnswerIsFilledAndAnywhereCountsAsAnAnswer() {
        DialogState s = at(Step.ASK_TRADE, Service.JOB).withJob(new JobSlots("想找工作", JobWant.JOB, null, null, null));
        Outcome.Filled f = assertInstanceOf(Outcome.Filled.class, job.answer(s, zh("电工")));
        assertEquals(Trade.ELECTRICIAN, f.next().job().trade());

        DialogState where = at(Step.ASK_LOCATION, Service.JOB).withJob(new JobSlots("想找工作", JobWant.JOB,
                Trade.ELECTRICIAN, null, null));
        Outcome.Filled anywhere = assertInstanceOf(Outcome.Filled.class, job.answer(where, zh("哪里都行")));
        assertEquals(where.job(), anywhere.next().job(), "no slot, but an answer");
    }

    @Test
    void jobWithEveryQuestionAskedIsDoneWithTheJobSeekerRecorded() {
        DialogState s = at(Step.ASK_AVAILABLE, Service.JOB).withJob(new JobSlots("想找工作", JobWant.JOB,
                Trade.ELECTRICIAN, "4403", null));
        Outcome.Done done = assertInstanceOf(Outcome.Done.class, job.next(s.withAsked(IntakeDialog.ALL_ASKED), "zh"));
        assertEquals(new DialogAction.RecordJobIntake("想找工作", JobWant.JOB, Trade.ELECTRICIAN, "4403", null),
                done.action());
        assertEquals(Service.JOB, job.service());
        assertTrue(job.hintedAt("我是电工"), "a trade alone hints at a job");
    }

    @Test
    void jobTrainingAsksTheTradeInItsOwnWords() {
        DialogState s = at(Step.IDLE, Service.JOB).withJob(new JobSlots("想学技术", JobWant.TRAINING, null, null, null));
        Outcome.Reply r = assertInstanceOf(Outcome.Reply.class, job.next(s, "zh"));
        assertEquals(Messages.format("zh", "ask.trade.training"), r.text());
    }
}
