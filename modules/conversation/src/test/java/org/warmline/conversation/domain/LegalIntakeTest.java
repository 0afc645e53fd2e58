package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmline.conversation.domain.DialogAction.RecordLegalIntake;
import org.warmline.conversation.domain.DialogState.Step;

/**
 * The legal intake of issue 12 (point 6): the case fields of a wage claim read from what the worker says
 * (amounts in 万/千 and Chinese numerals, the period, the end of the job, an absconded employer, the
 * contractor chain, the project, the trade, the evidence, "nothing" meaning the employer holds the pay
 * ledger), only missing facts asked, each reply within two SMS segments, in Chinese and English; and the
 * answer to "我的案子怎么样了" from legal aid's status. The clock is 2026-12-01 (Fixtures).
 */
class LegalIntakeTest {

    private final DialogRouter engine = Fixtures.engine();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private List<DialogTurn> talk(DialogContext context, String... messages) {
        List<DialogTurn> turns = new ArrayList<>();
        DialogState s = null;
        for (String m : messages) {
            DialogTurn t = engine.handle(s, m, context);
            turns.add(t);
            s = t.stateKept() ? s : t.next();
        }
        return turns;
    }

    private List<DialogTurn> talk(String... messages) {
        return talk(DialogContext.NONE, messages);
    }

    private static RecordLegalIntake recorded(List<DialogTurn> turns) {
        for (DialogTurn t : turns) {
            for (DialogAction a : t.actions()) {
                if (a instanceof RecordLegalIntake r) return r;
            }
        }
        throw new AssertionError("no intake recorded: " + turns);
    }

    @ParameterizedTest
    @CsvSource({"欠我3万5, 3500000", "欠了一万二千五百块, 1250000", "欠我两万五, 2500000", "欠我1万2000元, 1200000",
            "欠我1.5万, 1500000", "欠我三千五, 350000", "欠我2万5千, 2500000", "欠8k, 800000", "欠我九千块, 900000"})
    void amountsInWanQianAndChineseNumeralsAreReadInFen(String text, long fen) {
        assertEquals(Optional.of(fen), Amounts.fen(text, false));
    }

    @Test
    void theWholeCaseIsReadFromOneLongMessage() {
        WageFacts f = WageFactsReader.read("我在万科城项目干木工，从3月干到10月，10月31号就不干了，总包是中建三局，开发商是万科地产，"
                + "包工头跑了", TODAY);
        assertEquals("万科城项目", f.project());
        assertEquals(Trade.CARPENTER, f.trade());
        assertEquals(LocalDate.of(2026, 3, 1), f.workedFrom());
        assertEquals(LocalDate.of(2026, 10, 31), f.workedTo());
        assertEquals(Boolean.TRUE, f.ended());
        assertEquals(LocalDate.of(2026, 10, 31), f.endedOn());
        assertEquals("中建三局", f.generalContractor());
        assertEquals("万科地产", f.client());
        assertTrue(f.absconded());
    }

    @Test
    void aPeriodAcrossNewYearEndsInTheLatestPastMonth() {
        WageFacts f = WageFactsReader.read("去年11月到今年1月在工地干活", LocalDate.of(2027, 2, 10));
        assertEquals(LocalDate.of(2026, 11, 1), f.workedFrom());
        assertEquals(LocalDate.of(2027, 1, 31), f.workedTo());
        WageFacts g = WageFactsReader.read("11月到1月", LocalDate.of(2027, 2, 10));
        assertEquals(LocalDate.of(2026, 11, 1), g.workedFrom());
    }

    @ParameterizedTest
    @CsvSource({"还在工地干活,false", "我还在那干,false", "已经不干了,true", "11月20号走的,true", "上个月底不干了,true",
            "I quit last month,true", "I still work there,false", "老板欠我钱,"})
    void theEndOfTheJobIsReadOrLeftUnknown(String text, Boolean ended) {
        assertEquals(ended, WageFactsReader.read(text, TODAY).ended(), text);
    }

    @Test
    void aWageClaimWithAPlaceAndTheDayTheJobEndedIsNoTrip() {
        DialogTurn t = engine.handle(null, "宏达公司拖欠我工资，我在杭州干活，11月20号就不干了");
        assertEquals(DialogState.Service.LEGAL, t.next().service(), t.reply());
        assertTrue(t.next().queue().isEmpty(), "no trip queued: " + t.next().queue());
        assertEquals(DialogState.Service.TRIP, engine.handle(null, "11月20号从杭州回安徽六安").next().service(),
                "a travel date with a place still starts a trip");
    }

    @Test
    void aWageClaimNamingTheEmployersCityAndTheSiteIsNoTrip() {
        // a new user's trial: two places in a wage claim are the employer's city and the work site, not a journey
        for (String claim : List.of("杭州顺达建筑劳务有限公司欠我工资5000，在萧山工地",
                "杭州顺达建筑劳务有限公司欠我工资5000，在杭州萧山工地干了两个月")) {
            DialogTurn t = engine.handle(null, claim);
            assertEquals(DialogState.Service.LEGAL, t.next().service(), t.reply());
            assertTrue(t.next().queue().isEmpty(), "no trip queued: " + t.next().queue());
        }
        assertEquals(DialogState.Service.TRIP, engine.handle(null, "从杭州回六安，老板还欠我工资").next().service(),
                "going home named first is still a trip first");
    }

    @Test
    void theDayTheJobEndedIsADayInThePast() {
        assertEquals(LocalDate.of(2026, 11, 20), WageFactsReader.read("11月20号就不干了", TODAY).endedOn());
        assertEquals(LocalDate.of(2026, 11, 30), WageFactsReader.read("上个月底走的", TODAY).endedOn());
        assertEquals(LocalDate.of(2025, 12, 20), WageFactsReader.read("12月20日离职的", TODAY).endedOn(),
                "a December day later than today is last December");
    }

    @ParameterizedTest
    @CsvSource({"包工头跑了", "老板联系不上了", "电话打不通，人找不到", "把我拉黑了", "the boss ran away"})
    void anEmployerWhoRanOffOrCannotBeReachedIsAbsconded(String text) {
        assertTrue(WageFactsReader.read(text, TODAY).absconded(), text);
        assertTrue(engine.handle(null, "欠我工资，" + text).next().legal().urgent(), "and urgent: " + text);
    }

    @Test
    void theContractorChainIsReadInBothOrders() {
        WageFacts f = WageFactsReader.read("分包是宏远劳务，中建八局是总包，建设单位是城投集团", TODAY);
        assertEquals("宏远劳务", f.subcontractor());
        assertEquals("中建八局", f.generalContractor());
        assertEquals("城投集团", f.client());
        WageFacts en = WageFactsReader.read("The general contractor is China Build, the developer is Vanke.", TODAY);
        assertEquals("China Build", en.generalContractor());
        assertEquals("Vanke", en.client());
    }

    @Test
    void aWorkerWhoHoldsNothingIsRecordedWithTheEmployerHoldingThePayLedger() {
        List<DialogTurn> turns = talk("鑫达建筑公司欠我两个月工资八千，在东莞万达广场工地，已经不干了，就我一个", "没有");
        assertTrue(turns.get(0).reply().contains("证据"), turns.get(0).reply());
        RecordLegalIntake r = recorded(turns);
        assertEquals(List.of(Evidence.EMPLOYER_HOLDS_LEDGER), r.evidence());
    }

    @Test
    void payslipsAndCoWorkersStatementsAreEvidence() {
        assertEquals(java.util.Set.of(Evidence.PAY_SLIPS, Evidence.CO_WORKER_STATEMENTS, Evidence.IOU),
                IntakeReader.evidence("有工资条和欠条，工友可以作证"));
    }

    @Test
    void aConversationFillsTheCaseFieldsAskingOnlyWhatIsMissing() {
        List<DialogTurn> turns = talk("包工头老王欠我工资", "东莞 万科城项目", "两万三", "4个月，11月20号不干了", "还有3个", "有欠条");
        assertTrue(turns.get(0).reply().contains("哪个工地"), "site and project asked together: " + turns.get(0).reply());
        assertTrue(turns.get(2).reply().contains("还在那干"), "months and the end of the job together: " + turns.get(2).reply());
        RecordLegalIntake r = recorded(turns);
        assertEquals("包工头老王", r.employer());
        assertEquals("4419", r.siteCode());
        assertEquals("万科城项目", r.wage().project());
        assertEquals(2_300_000L, r.amountFen());
        assertEquals(4, r.monthsUnpaid());
        assertEquals(Boolean.TRUE, r.wage().ended());
        assertEquals(LocalDate.of(2026, 11, 20), r.wage().endedOn());
        assertEquals(3, r.coWorkersOwed());
        assertEquals(List.of(Evidence.IOU), r.evidence());
        assertEquals("老王", r.foreman());
        for (DialogTurn t : turns) {
            assertTrue(SmsSegments.count(t.reply()) <= 2, "at most two segments: " + t.reply());
        }
        assertTrue(turns.size() <= DialogState.MAX_INTAKE_QUESTIONS + 1);
    }

    @Test
    void dontKnowMovesOnAndAKnownFactIsNotAskedAgain() {
        List<DialogTurn> turns = talk("在东莞万达广场干活，老板欠我钱，已经不干了", "不知道", "不知道", "不知道", "不知道", "不知道");
        List<String> asked = turns.stream().map(DialogTurn::reply).toList();
        assertFalse(asked.stream().anyMatch(q -> q.contains("哪个城市")), "the site was given: " + asked);
        assertFalse(asked.stream().anyMatch(q -> q.contains("还在那干")), "the end of the job was given: " + asked);
        RecordLegalIntake r = recorded(turns);
        assertEquals("万达广场", r.wage().project());
        assertEquals(Boolean.TRUE, r.wage().ended());
        assertNull(r.amountFen());
    }

    @Test
    void anEnglishWorkerIsAskedInEnglishWithinTwoSegments() {
        List<DialogTurn> turns = talk("My boss owes me wages", "don't know", "Dongguan", "8500", "three months, I quit",
                "none", "none");
        for (DialogTurn t : turns) {
            assertEquals("en", t.language(), t.reply());
            assertTrue(SmsSegments.count(t.reply()) <= 2, t.reply());
        }
        RecordLegalIntake r = recorded(turns);
        assertEquals(850_000L, r.amountFen());
        assertEquals(3, r.monthsUnpaid());
        assertEquals(Boolean.TRUE, r.wage().ended());
    }

    @Test
    void everyLegalQuestionFitsInTwoSegmentsInBothLanguages() {
        for (String lang : List.of("zh", "en")) {
            for (String key : List.of("legal.ask", "ask.topic", "ask.employer", "ask.site", "ask.site.project", "ask.amount",
                    "ask.months", "ask.months.ended", "ask.coworkers", "ask.evidence", "legal.recorded", "case.none",
                    "case.none.later")) {
                String q = Messages.format(lang, key);
                assertTrue(SmsSegments.count(q) <= 2, lang + " " + key + ": " + q);
            }
        }
    }

    // ---- "我的案子怎么样了" -----------------------------------------------------------------------

    private static DialogContext withCase(CaseProgress c) {
        return DialogContext.NONE.withOwnCase(() -> Optional.of(c));
    }

    @Test
    void theCaseStatusIsAnsweredWithTheStepAndTheNextDateInChinese() {
        CaseProgress c = new CaseProgress(42, "ARBITRATION", LocalDate.of(2026, 12, 3), null, LocalDate.of(2027, 1, 15));
        DialogTurn t = engine.handle(DialogState.initial(), "我的案子怎么样了", withCase(c));
        assertTrue(t.stateKept());
        assertTrue(t.reply().contains("42") && t.reply().contains("劳动仲裁中") && t.reply().contains("1月15日"), t.reply());
        assertTrue(SmsSegments.count(t.reply()) <= 2, t.reply());
    }

    @Test
    void theLongestCaseStatusFitsInTwoSegmentsInBothLanguages() {
        for (String lang : List.of("zh", "en")) {
            for (String what : List.of("ARBITRATION_LIMITATION", "INSPECTION_WINDOW", "INSPECTION_INVESTIGATION",
                    "察".repeat(40))) {
                String reply = new Replies(Fixtures.readers()).caseStatus(new CaseProgress(99_999_999L, "REJECTED",
                        LocalDate.of(2027, 12, 31), what, LocalDate.of(2027, 12, 31)), lang);
                assertTrue(SmsSegments.count(reply) <= 2, reply);
                assertFalse(reply.contains("_"), "no codes shown: " + reply);
            }
        }
    }

    @Test
    void theCaseStatusIsAnsweredInEnglishWhenAskedInEnglish() {
        CaseProgress c = new CaseProgress(42, "ACCEPTED", LocalDate.of(2026, 12, 3), "LAWYER_ASSIGNMENT",
                LocalDate.of(2026, 12, 8));
        DialogTurn t = engine.handle(DialogState.initial(), "case status", withCase(c));
        assertTrue(t.reply().startsWith("Your case (no. 42): legal aid granted since 3 Dec")
                || t.reply().startsWith("Your case (no. 42): legal aid granted since Dec 3"), "words apart: " + t.reply());
        assertEquals(t.reply().strip(), t.reply(), "no space at either end");
        assertTrue(t.reply().contains("Next: a legal-aid worker assigned"), t.reply());
        assertTrue(t.reply().contains("8 Dec") || t.reply().contains("Dec 8"), t.reply());
    }

    @Test
    void aWorkerWithoutACaseIsOfferedToStartOneAndTheNextMessageDescribesIt() {
        List<DialogTurn> turns = talk("我的案子怎么样了", "包工头老王欠我8500，在东莞", "就这些");
        assertEquals(Messages.format("zh", "case.none"), turns.get(0).reply());
        assertEquals(Step.DESCRIBE_LEGAL, turns.get(0).next().step());
        RecordLegalIntake r = recorded(turns);
        assertEquals(850_000L, r.amountFen());
        assertEquals(LegalTopic.WAGE_ARREARS, r.topic());
    }

    @Test
    void aCaseQuestionInTheMiddleOfATripKeepsTheTripQuestion() {
        List<DialogTurn> turns = talk("我要回家", "my case");
        assertTrue(turns.get(1).stateKept(), turns.get(1).toString());
        assertEquals(Messages.format("en", "case.none.later"), turns.get(1).reply());
    }

    @Test
    void theIntakeStateWithAllWageFactsSurvivesEncoding() {
        DialogState s = engine.handle(null, "万科城项目的木工，从3月干到10月，11月20号不干了，总包是中建三局，包工头跑了，欠我3万5").next();
        assertInstanceOf(WageFacts.class, s.legal().wage());
        assertEquals(s, DialogState.decode(s.encode()));
        assertEquals(3_500_000L, s.legal().amountFen());
    }
}
