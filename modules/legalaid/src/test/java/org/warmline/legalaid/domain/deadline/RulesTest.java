package org.warmline.legalaid.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small rules: act first, final award, refusal-to-pay amounts, reminders, texts (research A6 examples). */
class RulesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Deadline limitationDue(String due) {
        return new Deadline(DeadlineKind.ARBITRATION_LIMITATION, d(due).minusYears(1), d(due), null,
                Deadline.Basis.EMPLOYMENT_ENDED, List.of());
    }

    @Test
    void aLimitationSixDaysAwayRaisesTheActFirstAlertAndSevenDaysDoesNot() {
        LocalDate today = d("2026-12-07");
        assertTrue(ActFirst.applies(limitationDue("2026-12-13"), today));
        assertTrue(ActFirst.applies(limitationDue("2026-12-07"), today));
        assertFalse(ActFirst.applies(limitationDue("2026-12-14"), today));
        assertFalse(ActFirst.applies(limitationDue("2026-12-06"), today));
        assertFalse(ActFirst.applies(null, today));
    }

    @Test
    void aClaimAtTwelveMonthsOfMinimumWageIsFinalAndOneFenMoreIsNot() {
        // Research A-3: a minimum wage of 2,490 yuan: 29,880 yuan is final, 29,881 is not; and one fen above.
        long wage = 249_000L;
        assertEquals(2_988_000L, FinalAwardRule.limitFen(wage));
        assertTrue(FinalAwardRule.isFinal(2_988_000L, wage));
        assertFalse(FinalAwardRule.isFinal(2_988_001L, wage));
        assertFalse(FinalAwardRule.isFinal(2_988_100L, wage));
    }

    @Test
    void theFinalAwardLimitUsesTheProvincesMinimumWageFromTheTableAndNeverGuessesAMissingOne() {
        FinalAwardRule rule = FinalAwardRule.standard();
        FinalAwardRule.FinalAward atLimit = rule.assess("320500", 2_988_000L);
        assertEquals(Boolean.TRUE, atLimit.finalAward());
        assertEquals(2_988_000L, atLimit.limitFen());
        assertEquals("江苏省", atLimit.wage().province());
        assertEquals(Boolean.FALSE, rule.assess("320500", 2_988_001L).finalAward());
        assertEquals(12 * 274_000L, rule.assess("310101", 1L).limitFen());
        FinalAwardRule.FinalAward unknown = rule.assess("650100", 100L);
        assertFalse(unknown.known());
        assertNull(unknown.limitFen());
        assertFalse(rule.assess(null, 100L).known());
        assertNull(rule.assess("320500", 0L).finalAward());
    }

    @Test
    void jiangsuTenWorkersOwed60000AreFlaggedAnd59999AreNot() {
        RefusalToPayThreshold rule = RefusalToPayThreshold.standard();
        RefusalToPayThreshold.Assessment flagged = rule.assess("320100", 10, 6_000_000L);
        assertTrue(flagged.flagged());
        assertEquals(RefusalToPayThreshold.Ground.TEN_OR_MORE_WORKERS, flagged.ground());
        assertFalse(rule.assess("320100", 10, 5_999_900L).flagged());
        assertFalse(rule.assess("320100", 9, 10_000_000L).flagged());
    }

    @Test
    void provincesWithoutARowUseTheNationalDefaultOf5000And30000() {
        RefusalToPayThreshold rule = RefusalToPayThreshold.standard();
        assertEquals(RefusalToPayThreshold.DEFAULT, rule.amountsFor("330100"));
        assertTrue(rule.assess("330100", 10, 3_000_000L).flagged());
        assertFalse(rule.assess("330100", 10, 2_999_999L).flagged());
        assertEquals(4_000_000L, rule.amountsFor("430100").tenWorkersFen());
    }

    @Test
    void oneWorkerOwedThreeMonthsAndTheProvincesAmountIsFlagged() {
        RefusalToPayThreshold rule = RefusalToPayThreshold.standard();
        RefusalToPayThreshold.Assessment one = rule.assess("320100",
                List.of(new RefusalToPayThreshold.OwedWorker(1_000_000L, 3)));
        assertTrue(one.flagged());
        assertEquals(RefusalToPayThreshold.Ground.ONE_WORKER_THREE_MONTHS, one.ground());
        assertFalse(rule.assess("320100", List.of(new RefusalToPayThreshold.OwedWorker(1_000_000L, 2))).flagged());
        assertFalse(rule.assess("320100", List.of(new RefusalToPayThreshold.OwedWorker(999_999L, 6))).flagged());
        assertFalse(rule.assess("320100", List.of(new RefusalToPayThreshold.OwedWorker(1_000_000L, null))).flagged());
        assertTrue(rule.assess("320100", Collections.nCopies(10, new RefusalToPayThreshold.OwedWorker(600_000L, 1)))
                .flagged());
    }

    @Test
    void remindersFallDueAt30_14_7_3And1DaysBeforeAndOnlyTheLatestOneApplies() {
        LocalDate today = d("2026-12-07");
        assertEquals(OptionalInt.empty(), ReminderRule.dueReminder(today.plusDays(31), today));
        assertEquals(OptionalInt.of(30), ReminderRule.dueReminder(today.plusDays(30), today));
        assertEquals(OptionalInt.of(30), ReminderRule.dueReminder(today.plusDays(15), today));
        assertEquals(OptionalInt.of(14), ReminderRule.dueReminder(today.plusDays(14), today));
        assertEquals(OptionalInt.of(7), ReminderRule.dueReminder(today.plusDays(5), today));
        assertEquals(OptionalInt.of(3), ReminderRule.dueReminder(today.plusDays(3), today));
        assertEquals(OptionalInt.of(1), ReminderRule.dueReminder(today.plusDays(1), today));
        assertEquals(OptionalInt.of(1), ReminderRule.dueReminder(today, today));
        assertEquals(OptionalInt.empty(), ReminderRule.dueReminder(today.minusDays(1), today));
        assertEquals(OptionalInt.empty(), ReminderRule.dueReminder(null, today));
    }

    @Test
    void everyClockHasItsWordsInChineseAndEnglishAndTheWeekendsOnlyNoteNamesTheYear() {
        for (String language : List.of("zh", "en")) {
            DeadlineTexts texts = new DeadlineTexts(language);
            for (DeadlineKind kind : DeadlineKind.values()) {
                assertFalse(texts.label(kind).isBlank());
            }
            for (Deadline.Basis basis : Deadline.Basis.values()) {
                assertFalse(texts.basis(basis).isBlank());
            }
            assertFalse(texts.missing("EMPLOYED").isBlank());
            assertFalse(texts.missing("NO_DATES").isBlank());
            assertTrue(texts.actFirst().contains("第四十四条") || texts.actFirst().contains("Art. 44"), texts.actFirst());
        }
        Deadline flagged = new Deadline(DeadlineKind.INSPECTION_ACCEPTANCE, d("2026-12-28"), d("2027-01-04"), null,
                Deadline.Basis.RECORDED_STEP, List.of(2027));
        assertTrue(new DeadlineTexts("zh").calendarNote(flagged).startsWith("2027年"));
        assertTrue(new DeadlineTexts("en").calendarNote(flagged).contains("2027"));
        assertNull(new DeadlineTexts("zh").calendarNote(limitationDue("2027-06-01")));
        assertEquals("仲裁时效", new DeadlineTexts("zh").label(DeadlineKind.ARBITRATION_LIMITATION));
    }
}
