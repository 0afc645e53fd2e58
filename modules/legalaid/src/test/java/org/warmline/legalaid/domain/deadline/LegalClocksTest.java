package org.warmline.legalaid.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LegalClocksTest {

    private final LegalClocks clocks = new LegalClocks(WorkingDayCalendar.china());

    private static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Map<DeadlineKind, Deadline> byKind(List<Deadline> deadlines) {
        return deadlines.stream().collect(Collectors.toMap(Deadline::kind, Function.identity()));
    }

    private static ClockFacts facts(Boolean ended, String endedOn, String workedTo, String demand) {
        return ClockFacts.opened(d("2026-12-07"), ended, d(endedOn), d(workedTo), d(demand));
    }

    @Test
    void employmentEndedOn10JanuaryWithADemandOn1June2026RunsOutOn1June2027() {
        Deadline limitation = clocks.limitation(facts(true, "2026-01-10", null, "2026-06-01")).orElseThrow();
        assertEquals(d("2027-06-01"), limitation.dueOn());
        assertEquals(Deadline.Basis.RESTARTED_BY_DEMAND, limitation.basis());
        assertEquals("《劳动争议调解仲裁法》第二十七条", limitation.kind().rule());
    }

    @Test
    void withoutADemandTheLimitationIsOneYearFromTheEndOfEmployment() {
        Deadline limitation = clocks.limitation(facts(true, "2026-01-10", "2026-01-05", null)).orElseThrow();
        assertEquals(d("2027-01-10"), limitation.dueOn());
        assertEquals(Deadline.Basis.EMPLOYMENT_ENDED, limitation.basis());
    }

    @Test
    void aDemandMadeWhileStillEmployedDoesNotMoveThePostEmploymentYear() {
        assertEquals(d("2027-01-10"), clocks.limitation(facts(true, "2026-01-10", null, "2025-12-01")).orElseThrow().dueOn());
    }

    @Test
    void wagesOwedDuringEmploymentAreNotTimeBarredWhileTheJobLasts() {
        Deadline limitation = clocks.limitation(facts(false, null, "2026-11-30", "2026-12-01")).orElseThrow();
        assertFalse(limitation.running());
        assertNull(limitation.dueOn());
        assertEquals(Deadline.Basis.NOT_RUNNING_WHILE_EMPLOYED, limitation.basis());
    }

    @Test
    void unknownEmploymentEndCountsFromTheLastDayWorkedAndSaysItIsAssumed() {
        Deadline limitation = clocks.limitation(facts(null, null, "2026-03-15", null)).orElseThrow();
        assertEquals(d("2027-03-15"), limitation.dueOn());
        assertEquals(Deadline.Basis.EMPLOYMENT_END_ASSUMED, limitation.basis());
    }

    @Test
    void aCaseWithNothingRecordedHasNoLimitationButStillTheLegalAidDecision() {
        Map<DeadlineKind, Deadline> all = byKind(clocks.of(facts(null, null, null, null)));
        assertFalse(all.containsKey(DeadlineKind.ARBITRATION_LIMITATION));
        assertFalse(all.containsKey(DeadlineKind.INSPECTION_WINDOW));
        // Opened Mon 7 Dec 2026: decision within 7 days, Mon 14 Dec.
        assertEquals(d("2026-12-14"), all.get(DeadlineKind.LEGAL_AID_DECISION).dueOn());
    }

    @Test
    void leapDayLimitationEndsOnTheLastDayOfFebruary() {
        assertEquals(d("2025-02-28"), clocks.limitation(facts(true, "2024-02-29", null, null)).orElseThrow().dueOn());
    }

    @Test
    void anInspectionComplaintRestartsTheLimitationAndStartsTheInspectorsClocks() {
        ClockFacts f = new ClockFacts(d("2026-09-01"), false, d("2026-09-02"), d("2026-09-02"), d("2026-09-03"),
                ClockFacts.Route.INSPECTION, null, d("2026-09-30"), null, null, true, d("2026-01-10"), null, null, null);
        Map<DeadlineKind, Deadline> all = byKind(clocks.of(f));
        assertEquals(d("2027-09-30"), all.get(DeadlineKind.ARBITRATION_LIMITATION).dueOn());
        assertEquals(d("2026-10-13"), all.get(DeadlineKind.INSPECTION_ACCEPTANCE).dueOn());
        Deadline investigation = all.get(DeadlineKind.INSPECTION_INVESTIGATION);
        assertEquals(d("2026-10-13"), investigation.startsOn());
        assertTrue(investigation.dueOn().isAfter(d("2027-01-01")));
        assertTrue(investigation.extendedDueOn().isAfter(investigation.dueOn()));
        // 60 working days from 13 Oct 2026 run into 2027, whose notice is not in the table: said on the deadline.
        assertTrue(investigation.weekendsOnly());
        assertEquals(List.of(2027), investigation.yearsWithoutNotice());
        assertFalse(all.containsKey(DeadlineKind.INSPECTION_WINDOW));
        assertFalse(all.containsKey(DeadlineKind.LEGAL_AID_DECISION));
        assertFalse(all.containsKey(DeadlineKind.LAWYER_ASSIGNMENT));
    }

    @Test
    void inspectionWindowIsTwoYearsFromTheEndOfTheBreachOrOfTheEmployment() {
        ClockFacts withBreach = new ClockFacts(d("2026-12-07"), false, null, null, null, null, null, null, null, null,
                true, d("2026-01-10"), null, null, d("2026-02-01"));
        assertEquals(d("2028-02-01"), clocks.inspectionWindow(withBreach).orElseThrow().dueOn());
        Deadline assumed = clocks.inspectionWindow(facts(true, "2026-01-10", null, null)).orElseThrow();
        assertEquals(d("2028-01-10"), assumed.dueOn());
        assertEquals("《劳动保障监察条例》第二十条", assumed.kind().rule());
    }

    @Test
    void arbitrationAcceptanceTakesFiveWorkingDaysAndTheAwardFortyFiveDaysPlusFifteen() {
        Map<DeadlineKind, Deadline> all = byKind(clocks.arbitration(d("2026-09-30")));
        assertEquals(d("2026-10-13"), all.get(DeadlineKind.ARBITRATION_ACCEPTANCE).dueOn());
        Deadline award = all.get(DeadlineKind.ARBITRATION_AWARD);
        assertEquals(d("2026-11-27"), award.dueOn());
        // 13 Oct + 60 days = Sat 12 Dec: rolls to Mon 14 Dec.
        assertEquals(d("2026-12-14"), award.extendedDueOn());
    }

    @Test
    void filingForArbitrationStopsTheLimitationClockAndAClosedCaseHasNoClocks() {
        ClockFacts filed = new ClockFacts(d("2026-09-01"), false, d("2026-09-02"), d("2026-09-02"), d("2026-09-03"),
                ClockFacts.Route.ARBITRATION, null, null, d("2026-09-30"), null, true, d("2026-01-10"), null, null, null);
        Map<DeadlineKind, Deadline> all = byKind(clocks.of(filed));
        assertFalse(all.containsKey(DeadlineKind.ARBITRATION_LIMITATION));
        assertTrue(all.containsKey(DeadlineKind.ARBITRATION_AWARD));
        ClockFacts closed = new ClockFacts(d("2026-09-01"), true, d("2026-09-02"), null, null, null, null, null, null,
                null, true, d("2026-01-10"), null, null, null);
        assertTrue(clocks.of(closed).isEmpty());
    }

    @Test
    void legalAidDecidesWithinSevenDaysAndAssignsALawyerWithinThree() {
        ClockFacts accepted = new ClockFacts(d("2026-09-21"), false, d("2026-09-24"), d("2026-09-24"), null, null, null,
                null, null, null, null, null, null, null, null);
        Map<DeadlineKind, Deadline> all = byKind(clocks.of(accepted));
        assertFalse(all.containsKey(DeadlineKind.LEGAL_AID_DECISION));
        // Thu 24 Sep + 3 = Sun 27 Sep (a holiday weekend): rolls to Mon 28 Sep.
        assertEquals(d("2026-09-28"), all.get(DeadlineKind.LAWYER_ASSIGNMENT).dueOn());
        assertEquals("《法律援助法》第四十三条", all.get(DeadlineKind.LAWYER_ASSIGNMENT).kind().rule());
    }

    @Test
    void mediationLeavesTheWayToArbitrationOpenAfterFifteenDays() {
        ClockFacts mediating = new ClockFacts(d("2026-11-01"), false, d("2026-11-02"), d("2026-11-02"), d("2026-11-03"),
                ClockFacts.Route.MEDIATION, d("2026-11-04"), null, null, null, true, d("2026-10-20"), null, null, null);
        Map<DeadlineKind, Deadline> all = byKind(clocks.of(mediating));
        assertEquals(d("2026-11-19"), all.get(DeadlineKind.MEDIATION_END).dueOn());
        // The mediation application restarted the limitation.
        assertEquals(d("2027-11-04"), all.get(DeadlineKind.ARBITRATION_LIMITATION).dueOn());
    }
}
