package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.domain.DialogAction.ConfirmTripRequest;
import org.warmline.conversation.domain.DialogAction.DiscardTripRequestDraft;
import org.warmline.conversation.domain.DialogAction.DraftTripRequest;
import org.warmline.conversation.domain.DialogAction.RecordJobIntake;
import org.warmline.conversation.domain.DialogAction.RecordLegalIntake;
import org.warmline.conversation.domain.DialogState.Step;

/** Dialog turns with the clock at 2026-12-01 00:00 Asia/Shanghai (腊月初一 is 2027-01-08). */
class DialogEngineTest {

    private final DialogRouter engine = Fixtures.engine();

    /** Plays a conversation from the initial state and returns every turn. */
    private List<DialogTurn> talk(String... messages) {
        List<DialogTurn> turns = new ArrayList<>();
        DialogState state = DialogState.initial();
        for (String message : messages) {
            DialogTurn turn = engine.handle(state, message);
            turns.add(turn);
            // What the application does: store the encoded state, read it back next time.
            state = DialogState.decode(turn.next().encode());
            assertEquals(turn.next(), state, "state survives encode/decode");
        }
        return turns;
    }

    private static DraftTripRequest onlyDraft(DialogTurn turn) {
        assertEquals(1, turn.actions().size(), () -> "one action expected, got " + turn);
        return assertInstanceOf(DraftTripRequest.class, turn.actions().get(0), turn::toString);
    }

    // ---- the three required conversations ----------------------------------------------------

    @Test
    void oneChineseMessageWithEverySlotDraftsTheTripAndAsksToConfirmInChinese() {
        DialogTurn turn = talk("腊月二十二从杭州回安徽六安，2个人").get(0);

        assertEquals(new DraftTripRequest("3415", "3301", LocalDate.of(2027, 1, 29), 2), onlyDraft(turn));
        assertEquals("zh", turn.language());
        assertEquals(Step.CONFIRM, turn.next().step());
        assertAll(
                () -> assertTrue(turn.reply().contains("2027年1月29日"), turn.reply()),
                () -> assertTrue(turn.reply().contains("杭州"), turn.reply()),
                () -> assertTrue(turn.reply().contains("六安"), turn.reply()),
                () -> assertTrue(turn.reply().contains("2人"), turn.reply()),
                () -> assertTrue(turn.reply().contains("回复1确认"), turn.reply()));
    }

    @Test
    void oneEnglishMessageWithEverySlotDraftsTheTripAndAsksToConfirmInEnglish() {
        DialogTurn turn = talk(
                "I want to go home to Hengyang, Hunan on Jan 25, just me. I'm in Guangzhou.").get(0);

        assertEquals(new DraftTripRequest("4304", "4401", LocalDate.of(2027, 1, 25), 1), onlyDraft(turn));
        assertEquals("en", turn.language());
        assertAll(
                () -> assertTrue(turn.reply().startsWith("Confirm: 25 Jan 2027"), turn.reply()),
                () -> assertTrue(turn.reply().contains("1 person"), turn.reply()),
                () -> assertTrue(turn.reply().contains("Hengyang, Hunan"), turn.reply()),
                () -> assertTrue(turn.reply().contains("Guangzhou, Guangdong"), turn.reply()),
                () -> assertFalse(turn.reply().matches("(?s).*\\p{IsHan}.*"), "no Chinese in an English reply: " + turn.reply()));
    }

    @Test
    void sixTurnsAskDestinationDateGroupAndOriginThenDraftAndConfirm() {
        List<DialogTurn> turns = talk("我要回家", "重庆万州", "腊月十八", "俩人", "在成都", "对");

        assertEquals(List.of(Step.ASK_DESTINATION, Step.ASK_DATE, Step.ASK_PARTY, Step.ASK_ORIGIN, Step.CONFIRM,
                Step.IDLE), turns.stream().map(t -> t.next().step()).toList());
        assertTrue(turns.get(0).reply().contains("回哪里"), turns.get(0).reply());
        assertTrue(turns.get(1).reply().contains("哪天"), turns.get(1).reply());
        assertTrue(turns.get(2).reply().contains("几个人"), turns.get(2).reply());
        assertTrue(turns.get(3).reply().contains("哪个城市"), turns.get(3).reply());
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(), turns.get(i).actions(), "no action while asking, turn " + (i + 1));
        }
        assertEquals(new DraftTripRequest("500101", "5101", LocalDate.of(2027, 1, 25), 2), onlyDraft(turns.get(4)));
        assertTrue(turns.get(4).reply().contains("2027年1月25日"), turns.get(4).reply());
        assertEquals(List.of(new ConfirmTripRequest()), turns.get(5).actions());
        assertTrue(turns.get(5).reply().contains("协调员"), turns.get(5).reply());
        assertEquals(DialogState.initial(), turns.get(5).next(), "slots are cleared after confirmation");
        turns.forEach(t -> assertEquals("zh", t.language()));
    }

    // ---- menu and the two intakes -------------------------------------------------------------

    @Test
    void emptyMessageGetsTheMenu() {
        DialogTurn turn = talk("").get(0);
        assertEquals("您好，这里是暖心热线。回复1 返乡 2 欠薪 3 找工作", turn.reply());
        assertEquals(List.of(), turn.actions());
        assertEquals(Step.IDLE, turn.next().step());
    }

    @Test
    void nullMessageAndNullStateGetTheMenu() {
        DialogTurn turn = engine.handle(null, null);
        assertTrue(turn.reply().contains("回复1"), turn.reply());
        assertEquals("zh", turn.language());
    }

    @Test
    void unrelatedMessageGetsTheMenuInItsLanguage() {
        assertEquals("Warmline here. Reply 1 trip home, 2 unpaid wages, 3 find work",
                talk("what is this number?").get(0).reply());
    }

    @Test
    void wageArrearsMessageAsksOnlyTheMissingSlotsThenRecordsTheIntakeWithItsFullText() {
        List<DialogTurn> turns = talk("老板欠我三个月工资", "不知道", "东莞", "一万二", "没有", "有考勤和欠条");
        assertTrue(turns.get(0).reply().contains("公司或哪个包工头"), turns.get(0).reply());
        assertTrue(turns.get(1).reply().contains("哪个城市"), turns.get(1).reply());
        assertTrue(turns.get(2).reply().contains("多少钱"), turns.get(2).reply());
        assertTrue(turns.get(3).reply().contains("工友"), "months were given, so co-workers come next: " + turns.get(3).reply());
        assertTrue(turns.get(4).reply().contains("证据"), turns.get(4).reply());
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of(), turns.get(i).actions(), "no action while asking, turn " + (i + 1));
        }
        assertEquals(List.of(new RecordLegalIntake("老板欠我三个月工资", LegalTopic.WAGE_ARREARS, null, "4419",
                1_200_000L, 3, 0, List.of(Evidence.ATTENDANCE_RECORD, Evidence.IOU), false)), turns.get(5).actions());
        assertTrue(turns.get(5).reply().contains("联系您"), turns.get(5).reply());
        assertEquals(Step.IDLE, turns.get(5).next().step());
    }

    @Test
    void legalIntakeEndsEarlyWhenTheWorkerSaysThatIsAll() {
        List<DialogTurn> turns = talk("包工头老王跑了，欠我8500", "就这些");
        RecordLegalIntake intake = assertInstanceOf(RecordLegalIntake.class, turns.get(1).actions().get(0));
        assertEquals("包工头老王", intake.employer());
        assertEquals(850_000L, intake.amountFen());
        assertTrue(intake.urgent(), "跑了 is urgent");
    }

    @Test
    void englishUnpaidWagesStartALegalIntakeInEnglish() {
        DialogTurn turn = talk("My boss owes me two months of wages").get(0);
        assertEquals(LegalTopic.WAGE_ARREARS, turn.next().legal().topic());
        assertEquals(2, turn.next().legal().monthsUnpaid());
        assertEquals("en", turn.language());
        assertTrue(turn.reply().startsWith("Which company"), turn.reply());
    }

    @Test
    void jobMessageAsksWhereAndWhenThenRecordsTheJobIntake() {
        List<DialogTurn> turns = talk("想找个电工的活", "广州", "过完年");
        assertTrue(turns.get(0).reply().contains("哪个城市"), turns.get(0).reply());
        assertTrue(turns.get(1).reply().contains("哪天"), turns.get(1).reply());
        assertEquals(List.of(new RecordJobIntake("想找个电工的活", JobWant.JOB, Trade.ELECTRICIAN, "4401",
                LocalDate.of(2027, 2, 13))), turns.get(2).actions());
        assertTrue(turns.get(2).reply().contains("联系您"), turns.get(2).reply());
    }

    @Test
    void menuChoiceOneStartsTheReturnHomeQuestions() {
        DialogTurn turn = talk("", "1").get(1);
        assertEquals(Step.ASK_DESTINATION, turn.next().step());
        assertTrue(turn.reply().contains("回哪里"), turn.reply());
    }

    @Test
    void menuChoiceTwoAsksForADescriptionAndRecordsTheNextMessageAsLegalIntake() {
        List<DialogTurn> turns = talk("", "2", "包工头跑了，欠了八千", "就这些");
        assertTrue(turns.get(1).reply().contains("谁欠钱"), turns.get(1).reply());
        assertEquals(List.of(), turns.get(1).actions());
        assertEquals(Step.ASK_SITE, turns.get(2).next().step());
        RecordLegalIntake intake = assertInstanceOf(RecordLegalIntake.class, turns.get(3).actions().get(0));
        assertEquals("包工头跑了，欠了八千", intake.text());
        assertEquals(800_000L, intake.amountFen());
        assertEquals(Step.IDLE, turns.get(3).next().step());
    }

    @Test
    void menuChoiceThreeRecordsTheNextMessageAsJobIntakeEvenWithoutJobWords() {
        List<DialogTurn> turns = talk("", "3", "会开叉车，想在东莞", "随时");
        assertEquals(List.of(new RecordJobIntake("会开叉车，想在东莞", JobWant.JOB, Trade.FORKLIFT_DRIVER, "4419",
                LocalDate.of(2026, 12, 1))), turns.get(3).actions());
    }

    @Test
    void digitsOnlyMessageKeepsTheConversationLanguage() {
        List<DialogTurn> turns = talk("hello?", "1");
        assertEquals("en", turns.get(1).language());
        assertTrue(turns.get(1).reply().startsWith("Where is home?"), turns.get(1).reply());
    }

    @Test
    void placeNameInPinyinKeepsAChineseConversationChinese() {
        DialogTurn turn = talk("我要回家", "wanzhou").get(1);
        assertEquals("500101", turn.next().destinationCode());
        assertEquals("zh", turn.language());
        assertTrue(turn.reply().contains("哪天"), turn.reply());
    }

    @Test
    void chinesePlaceNameKeepsAnEnglishConversationEnglish() {
        DialogTurn turn = talk("I want to go home", "衡阳").get(1);
        assertEquals("4304", turn.next().destinationCode());
        assertEquals("en", turn.language());
    }

    @Test
    void englishSentenceSwitchesAChineseConversationToEnglish() {
        DialogTurn turn = talk("我要回家", "My home is Hengyang, Hunan").get(1);
        assertEquals("4304", turn.next().destinationCode());
        assertEquals("en", turn.language());
    }

    // ---- return home: slots, problems, corrections ---------------------------------------------

    @Test
    void lunarThirtiethThatDoesNotExistIsExplainedWithChuxiAndAskedAgain() {
        DialogTurn turn = talk("腊月三十回河南周口").get(0);
        assertEquals(List.of(), turn.actions());
        assertEquals(Step.ASK_DATE, turn.next().step());
        assertEquals("4116", turn.next().destinationCode(), "the destination in the same message is kept");
        assertTrue(turn.reply().contains("廿九"), turn.reply());
        assertTrue(turn.reply().contains("2027年2月5日"), "除夕 is 2027-02-05: " + turn.reply());
    }

    @Test
    void ambiguousDistrictIsAskedBackWithNumberedOptionsAndADigitPicksOne() {
        List<DialogTurn> turns = talk("回朝阳区", "1");
        DialogTurn asked = turns.get(0);
        assertEquals(Step.PICK_DESTINATION, asked.next().step());
        assertTrue(asked.next().placeOptions().size() >= 2, asked.next().toString());
        assertTrue(asked.next().placeOptions().size() <= 4, asked.next().toString());
        assertTrue(asked.next().placeOptions().contains("110105"), "Beijing's 朝阳区 is offered");
        assertTrue(asked.next().placeOptions().contains("220104"), "Changchun's 朝阳区 is offered");
        assertTrue(asked.reply().contains("1 ") && asked.reply().contains("2 "), asked.reply());
        assertTrue(asked.reply().contains("北京"), asked.reply());
        assertTrue(asked.reply().contains("长春"), asked.reply());
        assertEquals(List.of(), asked.actions());

        DialogTurn picked = turns.get(1);
        assertEquals(asked.next().placeOptions().get(0), picked.next().destinationCode());
        assertEquals(Step.ASK_DATE, picked.next().step());
    }

    @Test
    void bareNumberAnswersThePartySizeQuestion() {
        DialogTurn turn = talk("我要回家", "安徽六安", "腊月二十二", "2").get(3);
        assertEquals(2, turn.next().partySize());
        assertEquals(Step.ASK_ORIGIN, turn.next().step());
    }

    @Test
    void fullWidthDigitAnswersThePartySizeQuestion() {
        DialogTurn turn = talk("我要回家", "安徽六安", "腊月二十二", "３").get(3);
        assertEquals(3, turn.next().partySize());
    }

    @Test
    void partySizeAboveSixtyIsRefusedAndAskedAgain() {
        DialogTurn turn = talk("我要回家", "安徽六安", "腊月二十二", "80").get(3);
        assertEquals(null, turn.next().partySize());
        assertEquals(Step.ASK_PARTY, turn.next().step());
        assertTrue(turn.reply().contains("60"), turn.reply());
    }

    @Test
    void unknownPlaceWhenAskedForHomeIsAskedAgainPolitely() {
        DialogTurn turn = talk("我要回家", "不知道啊").get(1);
        assertEquals(Step.ASK_DESTINATION, turn.next().step());
        assertTrue(turn.reply().contains("没找到"), turn.reply());
        assertEquals(List.of(), turn.actions());
    }

    @Test
    void wholeProvinceAsHomeAsksWhichCity() {
        DialogTurn turn = talk("我要回河南").get(0);
        assertEquals(null, turn.next().destinationCode());
        assertEquals(Step.ASK_DESTINATION, turn.next().step());
        assertTrue(turn.reply().contains("河南"), turn.reply());
    }

    @Test
    void slotsArriveInAnyOrderAndTheMissingOnesAreAskedInOrder() {
        List<DialogTurn> turns = talk("3个人回家", "在广州", "湖南衡阳", "1月25号");
        assertEquals(Step.ASK_DESTINATION, turns.get(0).next().step());
        assertEquals(3, turns.get(0).next().partySize());
        assertEquals("4401", turns.get(1).next().originCode());
        assertEquals(Step.ASK_DESTINATION, turns.get(1).next().step());
        assertEquals(Step.ASK_DATE, turns.get(2).next().step());
        assertEquals(new DraftTripRequest("4304", "4401", LocalDate.of(2027, 1, 25), 3), onlyDraft(turns.get(3)));
    }

    @Test
    void sayingTwoToChangeKeepsTheDraftAndAsksWhatToChange() {
        List<DialogTurn> turns = talk("腊月二十二从杭州回安徽六安，2个人", "2", "改成3个人");
        DialogTurn no = turns.get(1);
        assertEquals(List.of(), no.actions(), "the draft stays");
        assertEquals(Step.CONFIRM, no.next().step());
        assertTrue(no.next().hasTripSlots());
        assertTrue(no.reply().contains("改"), no.reply());
        assertEquals(new DraftTripRequest("3415", "3301", LocalDate.of(2027, 1, 29), 3), onlyDraft(turns.get(2)));
    }

    @Test
    void restartWhileConfirmingDiscardsTheDraftAndAsksForHomeAgain() {
        DialogTurn restart = talk("腊月二十二从杭州回安徽六安，2个人", "重来").get(1);
        assertEquals(List.of(new DiscardTripRequestDraft()), restart.actions());
        assertFalse(restart.next().hasTripSlots());
    }

    @Test
    void correctingASlotWhileConfirmingDraftsAgainWithTheNewValue() {
        DialogTurn turn = talk("腊月二十二从杭州回安徽六安，2个人", "3个人").get(1);
        assertEquals(new DraftTripRequest("3415", "3301", LocalDate.of(2027, 1, 29), 3), onlyDraft(turn));
        assertEquals(Step.CONFIRM, turn.next().step());
    }

    @Test
    void unclearAnswerToTheConfirmationRepeatsItWithoutAnAction() {
        DialogTurn turn = talk("腊月二十二从杭州回安徽六安，2个人", "啊？").get(1);
        assertEquals(List.of(), turn.actions());
        assertEquals(Step.CONFIRM, turn.next().step());
        assertTrue(turn.reply().startsWith("请确认"), turn.reply());
    }

    @Test
    void wageComplaintInTheMiddleOfATripIsTakenFirstAndTheTripContinuesAfter() {
        List<DialogTurn> turns = talk("我要回家", "安徽六安", "老板还欠我工资", "就这些");
        assertEquals(Step.ASK_EMPLOYER, turns.get(2).next().step());
        assertEquals("3415", turns.get(2).next().destinationCode(), "the trip slots are kept");
        assertEquals(List.of(DialogState.Service.TRIP), turns.get(2).next().queue());
        assertInstanceOf(RecordLegalIntake.class, turns.get(3).actions().get(0));
        assertEquals(Step.ASK_DATE, turns.get(3).next().step());
        assertTrue(turns.get(3).reply().contains("哪天出发"), turns.get(3).reply());
    }

    @Test
    void englishFromToWordsAssignOriginAndHome() {
        DialogTurn turn = talk("ticket from Guangzhou to Hengyang, Hunan, 2 people").get(0);
        assertEquals("4401", turn.next().originCode());
        assertEquals("4304", turn.next().destinationCode());
        assertEquals(2, turn.next().partySize());
        assertEquals(Step.ASK_DATE, turn.next().step());
        assertEquals("en", turn.language());
    }

    @Test
    void fromAndToWithoutATravelWordStillStartATrip() {
        DialogTurn turn = talk("from guangzhou to hengyang").get(0);
        assertEquals("4401", turn.next().originCode());
        assertEquals("4304", turn.next().destinationCode());
        assertEquals(Step.ASK_DATE, turn.next().step());
    }

    @Test
    void menuInTheMiddleOfATripThenOneCarriesOnWhereItStopped() {
        List<DialogTurn> turns = talk("我要回家", "安徽六安", "菜单", "1");
        assertEquals(Step.IDLE, turns.get(2).next().step());
        assertEquals(Step.ASK_DATE, turns.get(3).next().step());
        assertEquals("3415", turns.get(3).next().destinationCode());
    }

    @Test
    void restartWordDiscardsAndAsksForHomeAgain() {
        DialogTurn turn = talk("我要回家", "安徽六安", "重新开始").get(2);
        assertEquals(List.of(new DiscardTripRequestDraft()), turn.actions());
        assertFalse(turn.next().hasTripSlots());
        assertEquals(Step.ASK_DESTINATION, turn.next().step());
    }

    @Test
    void placesWrittenHomeFirstAreStillReadByTheirMarkers() {
        DialogTurn turn = talk("我老家在安徽六安，在苏州打工，想腊月二十回").get(0);
        assertEquals("3415", turn.next().destinationCode());
        assertEquals("3205", turn.next().originCode());
        assertEquals(LocalDate.of(2027, 1, 27), turn.next().travelDate());
        assertEquals(Step.ASK_PARTY, turn.next().step());
    }

    @Test
    void unmarkedPlaceBeforeDaoIsTheOrigin() {
        DialogTurn turn = talk("杭州到六安 腊月22 2人").get(0);
        assertEquals(new DraftTripRequest("3415", "3301", LocalDate.of(2027, 1, 29), 2), onlyDraft(turn));
    }

    @Test
    void placesAreLabelledWithProvinceCityAndCountyWithoutRepeats() {
        var g = Fixtures.gazetteer();
        assertEquals("安徽六安", engine.label(g.byCode("3415").orElseThrow()));
        assertEquals("重庆万州区", engine.label(g.byCode("500101").orElseThrow()));
        assertEquals("北京朝阳区", engine.label(g.byCode("110105").orElseThrow()));
        assertEquals("吉林长春朝阳区", engine.label(g.byCode("220104").orElseThrow()));
        assertEquals("湖南衡阳衡南县", engine.label(g.byCode("430422").orElseThrow()));
        assertEquals("河南济源市", engine.label(g.byCode("419001").orElseThrow()));
        assertEquals("上海", engine.label(g.byCode("31").orElseThrow()));
    }

    // ---- robustness ---------------------------------------------------------------------------

    @Test
    void emojiOnlyMessagesNeverThrowAndGetAReply() {
        for (String text : List.of("😀", "🙏🙏", "👍", "🏠➡️🚌", "\uD83D")) { // the last is a lone surrogate
            DialogTurn turn = engine.handle(DialogState.initial(), text);
            assertFalse(turn.reply().isBlank());
            for (Step step : Step.values()) {
                DialogState in = new DialogState("zh", step, "3415", null, null, null,
                        step == Step.PICK_DESTINATION || step == Step.PICK_ORIGIN ? List.of("110105", "220104") : List.of());
                assertFalse(engine.handle(in, text).reply().isBlank(), step + " " + text);
            }
        }
    }

    @Test
    void emojiAnswerToAQuestionRepeatsTheQuestion() {
        DialogTurn turn = talk("我要回家", "🙏").get(1);
        assertEquals(Step.ASK_DESTINATION, turn.next().step());
        assertEquals(talk("我要回家").get(0).reply(), turn.reply());
    }

    @Test
    void twoThousandCharacterMessageNeverThrowsAndKeepsItsFullTextInTheIntake() {
        String longText = "老板欠我工资" + "啊".repeat(1994);
        assertEquals(2000, longText.length());
        DialogTurn turn = engine.handle(DialogState.initial(), longText);
        assertEquals(LegalTopic.WAGE_ARREARS, turn.next().legal().topic());
        DialogTurn done = engine.handle(turn.next(), "就这些");
        RecordLegalIntake intake = assertInstanceOf(RecordLegalIntake.class, done.actions().get(0));
        assertEquals(longText.substring(0, DialogState.MAX_TEXT), intake.text(), "the state keeps the first 300 characters");
        assertTrue(turn.next().encode().length() <= DialogState.MAX_ENCODED);

        String noise = "回家😀 abc 123 腊月".repeat(200).substring(0, 2000);
        for (Step step : Step.values()) {
            DialogState in = new DialogState("zh", step, null, "3301", null, 2,
                    step == Step.PICK_DESTINATION || step == Step.PICK_ORIGIN ? List.of("110105") : List.of());
            DialogTurn t = engine.handle(in, noise);
            assertFalse(t.reply().isBlank());
            assertTrue(t.next().encode().length() <= DialogState.MAX_ENCODED);
        }
    }

    @Test
    void echoOfAnUnknownPlaceIsShortenedSoTheReplyStaysShort() {
        DialogTurn turn = talk("我要回家", "哈".repeat(300)).get(1);
        assertTrue(SmsSegments.count(turn.reply()) <= 3, turn.reply());
    }
}
