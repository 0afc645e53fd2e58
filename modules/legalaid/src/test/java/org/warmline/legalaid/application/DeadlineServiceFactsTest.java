package org.warmline.legalaid.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.legalaid.domain.CaseEvent;
import org.warmline.legalaid.domain.CaseOutcome;
import org.warmline.legalaid.domain.CaseStep;
import org.warmline.legalaid.domain.CaseTopic;
import org.warmline.legalaid.domain.StepOrder;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.deadline.ClockFacts;

/** How a case's dated steps become the clocks' facts ({@link DeadlineService#factsOf}). */
class DeadlineServiceFactsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** @return noon in Asia/Shanghai of that day, as an instant */
    private static Instant at(String iso) {
        return d(iso).atTime(12, 0).atZone(DeadlineService.ZONE).toInstant();
    }

    private static CaseEvent move(WageCase c, CaseStep step, String onDate, String recordedOn) {
        StepOrder order = new StepOrder(step, onDate == null ? null : d(onDate), null, null,
                step == CaseStep.CLOSED ? CaseOutcome.values()[0] : null, null,
                step == CaseStep.ASSIGNED ? "legal-aid" : null);
        return c.moveTo(order, Map.of(), "legal-aid", at(recordedOn), d(recordedOn));
    }

    @Test
    void stepsGiveTheDecisionAssignmentAndTheComplaintsDayAndAHearingDateIsNotAnApplicationDay() {
        WageCase c = new WageCase(1L, null, CaseTopic.WAGE_ARREARS, at("2026-09-01"));
        List<CaseEvent> events = new ArrayList<>();
        events.add(move(c, CaseStep.SCREENING, null, "2026-09-02"));
        events.add(move(c, CaseStep.ACCEPTED, null, "2026-09-03"));
        events.add(move(c, CaseStep.ASSIGNED, null, "2026-09-04"));
        events.add(move(c, CaseStep.INSPECTION, "2026-09-30", "2026-10-20"));
        ClockFacts f = DeadlineService.factsOf(c, events);
        assertEquals(d("2026-09-01"), f.openedOn());
        assertEquals(d("2026-09-03"), f.decidedOn());
        assertEquals(d("2026-09-03"), f.acceptedOn());
        assertEquals(d("2026-09-04"), f.assignedOn());
        assertEquals(ClockFacts.Route.INSPECTION, f.route());
        assertEquals(d("2026-09-30"), f.inspectionOn());
        assertFalse(f.closed());

        // arbitration recorded on 2 Nov with a hearing date in December: applied on the day it was recorded
        events.add(move(c, CaseStep.ARBITRATION, "2026-12-15", "2026-11-02"));
        ClockFacts g = DeadlineService.factsOf(c, events);
        assertEquals(ClockFacts.Route.ARBITRATION, g.route());
        assertEquals(d("2026-11-02"), g.arbitrationOn());
        // a new hearing date recorded later keeps the application day
        events.add(move(c, CaseStep.ARBITRATION, "2027-01-20", "2026-12-20"));
        assertEquals(d("2026-11-02"), DeadlineService.factsOf(c, events).arbitrationOn());
    }

    @Test
    void aNewCaseIsUndecidedAndAClosedOneHasNoClocks() {
        WageCase c = new WageCase(1L, null, CaseTopic.WAGE_ARREARS, at("2026-12-01"));
        ClockFacts f = DeadlineService.factsOf(c, List.of());
        assertNull(f.decidedOn());
        assertEquals(ClockFacts.Route.NONE, f.route());
        List<CaseEvent> events = new ArrayList<>();
        events.add(move(c, CaseStep.SCREENING, null, "2026-12-02"));
        events.add(move(c, CaseStep.ACCEPTED, null, "2026-12-03"));
        events.add(move(c, CaseStep.CLOSED, null, "2026-12-04"));
        assertTrue(DeadlineService.factsOf(c, events).closed());
    }
}
