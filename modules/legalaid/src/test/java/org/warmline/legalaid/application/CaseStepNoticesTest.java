package org.warmline.legalaid.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warmline.legalaid.domain.CaseStep;

/** Which date a step notice tells: a hearing ahead, the day of an inspection complaint, nothing else. */
class CaseStepNoticesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aHearingAheadIsToldAndTodaysDefaultDateIsNot() {
        assertEquals(LocalDate.of(2027, 1, 15), CaseStepNotices.shownDate(CaseStep.ARBITRATION, LocalDate.of(2027, 1, 15), TODAY));
        assertNull(CaseStepNotices.shownDate(CaseStep.ARBITRATION, TODAY, TODAY), "staff gave no date: the event carries today");
        assertNull(CaseStepNotices.shownDate(CaseStep.COURT, TODAY.minusDays(3), TODAY));
        assertEquals(TODAY.plusDays(1), CaseStepNotices.shownDate(CaseStep.MEDIATION, TODAY.plusDays(1), TODAY));
    }

    @Test
    void anInspectionComplaintIsToldWithItsFilingDayAndOtherStepsWithNone() {
        assertEquals(TODAY, CaseStepNotices.shownDate(CaseStep.INSPECTION, TODAY, TODAY));
        assertNull(CaseStepNotices.shownDate(CaseStep.ACCEPTED, TODAY.plusDays(2), TODAY));
        assertNull(CaseStepNotices.shownDate(CaseStep.CLOSED, TODAY, TODAY));
    }
}
