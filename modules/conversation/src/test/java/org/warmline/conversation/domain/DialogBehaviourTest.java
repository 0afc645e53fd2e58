package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warmline.conversation.domain.DialogAction.DraftTripRequest;
import org.warmline.conversation.domain.DialogAction.HandOff;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;

/** Meta requests, corrections, windows, queues and hand-off, clock at 2026-12-01 Asia/Shanghai. */
class DialogBehaviourTest {

    private final DialogRouter engine = Fixtures.engine();

    private List<DialogTurn> talk(String... messages) {
        List<DialogTurn> turns = new ArrayList<>();
        DialogState state = DialogState.initial();
        for (String message : messages) {
            DialogTurn turn = engine.handle(state, message);
            turns.add(turn);
            state = DialogState.decode(turn.next().encode());
            assertEquals(turn.next(), state, "state survives encode/decode");
        }
        return turns;
    }

    @ParameterizedTest
    @ValueSource(strings = {"退订", "TD", "t", "取消订阅", "STOP", " stopall ", "Unsubscribe", "CANCEL", "end", "QUIT"})
    void optOutKeywordsAloneOptOutAndConfirmInTheWorkersLanguage(String word) {
        DialogTurn turn = talk(word).get(0);
        assertEquals(List.of(new DialogAction.OptOut()), turn.actions());
        assertTrue(turn.next().optedOut());
        assertTrue(turn.reply().contains("退订") || turn.reply().contains("unsubscribed"), turn.reply());
    }

    @Test
    void stopInsideASentenceIsNotAnOptOut() {
        DialogTurn turn = talk("停 腊月廿八的车还有吗").get(0);
        assertTrue(turn.actions().stream().noneMatch(a -> a instanceof DialogAction.OptOut));
        assertEquals(LocalDate.of(2027, 2, 4), turn.next().travelDate());
    }

    @Test
    void startOptsBackInButYesIsOnlyAConfirmation() {
        List<DialogTurn> turns = talk("STOP", "START");
        assertEquals(List.of(new DialogAction.OptIn()), turns.get(1).actions());
        assertFalse(turns.get(1).next().optedOut());
        assertTrue(talk("YES").get(0).actions().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"人工", "转人工", "客服", "human", "agent", "operator", "我要人工客服！"})
    void askingForAPersonHandsOffOnceAndLaterMessagesAreAcknowledged(String word) {
        List<DialogTurn> turns = talk("我要回家", word, "还在吗");
        assertEquals(List.of(new HandOff(HandOff.ASKED)), turns.get(1).actions());
        assertTrue(turns.get(1).next().handedOff());
        assertEquals(List.of(), turns.get(2).actions());
        assertFalse(turns.get(2).reply().isBlank());
        assertTrue(turns.get(2).next().handedOff());
    }

    @Test
    void aWholeTripRequestInTheMiddleOfAnIntakeStartsTheTripAndTheIntakeComesBackAfter() {
        for (String opening : List.of("老板欠我三个月工资", "想学电焊")) {
            List<DialogTurn> turns = talk(opening, "腊月二十二从杭州回安徽六安，2个人");
            DialogTurn trip = turns.get(1);
            assertEquals("3415", trip.next().destinationCode(), opening + " then a trip: " + trip.reply());
            assertEquals("3301", trip.next().originCode(), trip.reply());
            assertEquals(2, trip.next().trip().partySize(), trip.reply());
            assertTrue(trip.reply().contains("六安"), trip.reply());
            assertFalse(trip.next().queue().isEmpty(), "the intake waits in the queue");
        }
    }

    @Test
    void aDangerMessageGoesToAPersonAtOnceKeepsWhatWasUnderstoodAndGivesTheEmergencyNumbers() {
        List<DialogTurn> turns = talk("老板欠我三个月工资", "我在工地受伤了，老板不管，没钱吃饭", "还在吗");
        DialogTurn danger = turns.get(1);
        assertEquals(List.of(new HandOff(HandOff.DANGER)), danger.actions().stream()
                .filter(a -> a instanceof HandOff).toList());
        assertTrue(danger.reply().contains("110") && danger.reply().contains("120"), danger.reply());
        assertTrue(danger.next().handedOff());
        assertEquals(DialogState.Service.LEGAL, danger.next().service(), "the legal intake is kept for the operator");
        assertTrue(danger.next().legal().urgent(), "and marked urgent for legal aid");
        assertTrue(turns.get(2).actions().isEmpty(), "handed off once, not again");

        DialogTurn english = talk("I got injured at work and have no money").get(0);
        assertTrue(english.reply().contains("110") && english.reply().contains("police"), english.reply());
        assertTrue(english.actions().contains(new HandOff(HandOff.DANGER)));

        assertFalse(talk("腊月二十二从杭州回安徽六安，2个人").get(0).next().handedOff(), "no danger, no hand-off");
    }

    @Test
    void twoMessagesInARowThatAreNotUnderstoodHandOff() {
        List<DialogTurn> turns = talk("asdfgh", "qwerty");
        assertEquals(List.of(), turns.get(0).actions());
        assertEquals(List.of(new HandOff(HandOff.NOT_UNDERSTOOD)), turns.get(1).actions());
        assertTrue(turns.get(1).reply().contains("工作人员") || turns.get(1).reply().contains("person"));
    }

    @Test
    void helpExplainsWarmlineAndKeepsTheQuestionInProgress() {
        List<DialogTurn> turns = talk("我要回家", "帮助");
        assertTrue(turns.get(1).reply().contains("暖心热线"), turns.get(1).reply());
        assertEquals(Step.ASK_DESTINATION, turns.get(1).next().step());
        assertTrue(talk("HELP").get(0).reply().startsWith("Warmline helps"));
    }

    @Test
    void menuWordAfterAHandOffGivesTheBotBack() {
        DialogTurn turn = talk("人工", "菜单").get(1);
        assertFalse(turn.next().handedOff());
        assertTrue(turn.reply().contains("回复1"));
    }

    @Test
    void correctionWhileConfirmingChangesTheDateAndDraftsAgain() {
        DialogTurn turn = talk("腊月二十二从杭州回安徽六安，2个人", "改成腊月二十").get(1);
        DraftTripRequest d = assertInstanceOf(DraftTripRequest.class, turn.actions().get(0));
        assertEquals(LocalDate.of(2027, 1, 27), d.travelDate());
        assertEquals(2, d.partySize());
    }

    @Test
    void notThreePeopleCorrectionChangesTheParty() {
        DialogTurn turn = talk("腊月二十二从杭州回安徽六安，2个人", "不对，是3个人").get(1);
        assertEquals(3, assertInstanceOf(DraftTripRequest.class, turn.actions().get(0)).partySize());
        turn = talk("ticket from Guangzhou to Hengyang, Hunan, 2 people, Jan 25", "actually 3 people").get(1);
        assertEquals(3, assertInstanceOf(DraftTripRequest.class, turn.actions().get(0)).partySize());
    }

    @Test
    void restartClearsEverythingAndDiscardsADraft() {
        DialogTurn turn = talk("腊月二十二从杭州回安徽六安，2个人", "重来").get(1);
        assertEquals(List.of(new DialogAction.DiscardTripRequestDraft()), turn.actions());
        assertFalse(turn.next().hasTripSlots());
        DialogTurn legal = talk("老板欠我工资", "restart").get(1);
        assertEquals(List.of(), legal.actions());
        assertNull(legal.next().legal().topic());
        assertEquals(Step.IDLE, legal.next().step());
    }

    @Test
    void windowWordsGiveEarliestAndLatestDays() {
        DraftTripRequest around = assertInstanceOf(DraftTripRequest.class,
                talk("1月25号左右从广州回衡阳，2个人").get(0).actions().get(0));
        assertEquals(LocalDate.of(2027, 1, 22), around.earliestDate());
        assertEquals(LocalDate.of(2027, 1, 28), around.latestDate());
        DialogState after = talk("正月十五以后回宁波上班，老家阜阳").get(0).next();
        assertEquals(LocalDate.of(2027, 2, 20), after.trip().earliestDate());
        assertNull(after.trip().latestDate());
        DialogState beforeNewYear = talk("年前回商丘").get(0).next();
        assertEquals(LocalDate.of(2027, 2, 5), beforeNewYear.trip().latestDate(), "年前 ends on 除夕");
    }

    @Test
    void railwayStationCountsAsItsCity() {
        assertEquals("4401", talk("在广州南站，想回衡阳").get(0).next().originCode());
    }

    @Test
    void returnToWorkTripGoesFromHomeToTheWorkCity() {
        DialogState s = talk("我们仨想正月初六回深圳上班，老家在湖南衡阳").get(0).next();
        assertEquals("4403", s.destinationCode());
        assertEquals("4304", s.originCode());
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        DialogState s = talk("我們三個人臘月二十八回重慶萬州").get(0).next();
        assertEquals("500101", s.destinationCode());
        assertEquals(3, s.partySize());
        assertEquals(LocalDate.of(2027, 2, 4), s.travelDate());
    }

    @Test
    void twoRequestsInOneMessageAreHandledOneAfterTheOther() {
        List<DialogTurn> turns = talk("老板欠我工资，我还想腊月二十回家，老家在信阳，一个人，在东莞", "就这些");
        assertEquals(Service.LEGAL, turns.get(0).next().service());
        assertEquals(List.of(Service.TRIP), turns.get(0).next().queue());
        DialogTurn second = turns.get(1);
        assertInstanceOf(DialogAction.RecordLegalIntake.class, second.actions().get(0));
        DraftTripRequest d = assertInstanceOf(DraftTripRequest.class, second.actions().get(1));
        assertEquals("4115", d.destinationCode());
        assertEquals("4419", d.originCode());
        assertEquals(Step.CONFIRM, second.next().step());
    }

    @Test
    void ambiguousWorkSiteIsAskedWithOptions() {
        List<DialogTurn> turns = talk("在朝阳区干活，老板欠我工资", "1");
        assertEquals(Step.PICK_SITE, turns.get(0).next().step());
        assertEquals(turns.get(0).next().placeOptions().get(0), turns.get(1).next().legal().siteCode());
    }

    @Test
    void legalIntakeNeverAsksMoreThanSixQuestions() {
        List<DialogTurn> turns = talk("有问题", "2", "不知道", "不知道", "不知道", "不知道", "不知道", "不知道", "不知道");
        long asked = turns.stream().filter(t -> t.actions().isEmpty()).count();
        assertTrue(turns.stream().anyMatch(t -> t.actions().stream().anyMatch(a -> a instanceof DialogAction.RecordLegalIntake)),
                "the intake is recorded");
        assertTrue(asked <= 8, "menu, describe and at most six questions");
    }

    @Test
    void amountsAreReadInFen() {
        assertEquals(850_000L, Amounts.fen("8500", false).orElseThrow());
        assertEquals(850_000L, Amounts.fen("8500元", false).orElseThrow());
        assertEquals(1_200_000L, Amounts.fen("一万二", false).orElseThrow());
        assertEquals(1_500_000L, Amounts.fen("1.5万", false).orElseThrow());
        assertEquals(350_000L, Amounts.fen("三千五", false).orElseThrow());
        assertEquals(900_000L, Amounts.fen("九千块", false).orElseThrow());
        assertTrue(Amounts.fen("两个月", false).isEmpty());
    }
}
