package org.warmline.legalaid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.RuleViolation;

/** The lifecycle of a case (issue 12, point 3): every step dated and by whom, illegal moves refused with a rule code. */
class WageCaseLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static WageCase wageCase() {
        return new WageCase(7L, null, CaseTopic.WAGE_ARREARS, NOW);
    }

    private static StepOrder to(CaseStep step) {
        return new StepOrder(step, null, null, null, null, null, null);
    }

    private static CaseEvent move(WageCase c, StepOrder order) {
        return c.moveTo(order, c.screeningResults(List.of()), "legal-aid", NOW, TODAY);
    }

    private static String refusedCode(WageCase c, StepOrder order) {
        return assertThrows(RuleViolation.class, () -> move(c, order)).code();
    }

    @Test
    void aCaseIsCarriedThroughEveryStepEachDatedAndByWhom() {
        WageCase c = wageCase();
        move(c, to(CaseStep.SCREENING));
        move(c, to(CaseStep.ACCEPTED));
        CaseEvent assigned = move(c, new StepOrder(CaseStep.ASSIGNED, null, null, null, null, null, "legal-aid"));
        assertEquals("legal-aid", c.assignedStaff());
        assertEquals("legal-aid", assigned.note());
        move(c, to(CaseStep.MEDIATION));
        move(c, to(CaseStep.INSPECTION));
        CaseEvent hearing = move(c, new StepOrder(CaseStep.ARBITRATION, LocalDate.of(2027, 1, 5), null, null, null, null, null));
        assertEquals(LocalDate.of(2027, 1, 5), hearing.onDate());
        move(c, to(CaseStep.COURT));
        CaseEvent closed = move(c, new StepOrder(CaseStep.CLOSED, null, null, null, CaseOutcome.COURT_JUDGMENT, 900_000L, null));
        assertEquals(CaseStep.CLOSED, c.step());
        assertEquals(CaseOutcome.COURT_JUDGMENT, c.outcomeCode());
        assertEquals(900_000L, c.recoveredFen());
        assertEquals(900_000L, closed.amountFen());
        assertEquals(TODAY, closed.onDate());
        assertEquals("legal-aid", closed.by());
        assertEquals(NOW, closed.at());
        assertNull(c.receivedFen(), "what the worker received is recorded apart from what was recovered");
        c.confirmReceived(850_000L, NOW);
        assertEquals(850_000L, c.receivedFen());
    }

    @Test
    void stepsCannotBeSkippedBeforeAssignmentNorGoBackNorLeaveAFinalStep() {
        WageCase c = wageCase();
        assertEquals("case.step-not-allowed", refusedCode(c, to(CaseStep.ACCEPTED)));
        assertEquals("case.step-not-allowed", refusedCode(c, to(CaseStep.MEDIATION)));
        move(c, to(CaseStep.SCREENING));
        move(c, to(CaseStep.ACCEPTED));
        move(c, new StepOrder(CaseStep.ASSIGNED, null, null, null, null, null, "legal-aid"));
        move(c, to(CaseStep.ARBITRATION));
        assertEquals("case.step-not-allowed", refusedCode(c, to(CaseStep.MEDIATION)));
        assertEquals("case.step-not-allowed", refusedCode(c, to(CaseStep.SCREENING)));
        move(c, new StepOrder(CaseStep.CLOSED, null, null, null, CaseOutcome.ARBITRATION_AWARD, 0L, null));
        assertEquals("case.step-not-allowed", refusedCode(c, to(CaseStep.COURT)));
        assertTrue(CaseStep.REJECTED.isFinal() && CaseStep.CLOSED.isFinal());
    }

    @Test
    void aProceedingsStepMayBeRecordedAgainWithANewDateAndCountsAsADemand() {
        WageCase c = wageCase();
        move(c, to(CaseStep.SCREENING));
        move(c, to(CaseStep.ACCEPTED));
        move(c, new StepOrder(CaseStep.ASSIGNED, null, null, null, null, null, "legal-aid"));
        move(c, new StepOrder(CaseStep.ARBITRATION, LocalDate.of(2027, 1, 5), null, null, null, null, null));
        CaseEvent again = move(c, new StepOrder(CaseStep.ARBITRATION, LocalDate.of(2027, 1, 19), null, null, null, null, null));
        assertEquals(LocalDate.of(2027, 1, 19), again.onDate());
        assertEquals(TODAY, c.lastDemandOn(), "applying for arbitration interrupts the limitation (LDMAL Art. 27)");
    }

    @Test
    void rejectingNeedsAReasonAndKeepsTheReferral() {
        WageCase c = wageCase();
        move(c, to(CaseStep.SCREENING));
        assertEquals("case.reason-required", refusedCode(c, to(CaseStep.REJECTED)));
        move(c, new StepOrder(CaseStep.REJECTED, null, "劳务关系，不属于劳动争议", "12348", null, null, null));
        assertEquals("劳务关系，不属于劳动争议", c.rejectionReason());
        assertEquals("12348", c.referral());
    }

    @Test
    void closingNeedsAnOutcomeAndAssigningNeedsStaffAndAmountsCannotBeNegative() {
        WageCase c = wageCase();
        move(c, to(CaseStep.SCREENING));
        move(c, to(CaseStep.ACCEPTED));
        assertEquals("case.assignee-required", refusedCode(c, to(CaseStep.ASSIGNED)));
        assertEquals("case.outcome-required", refusedCode(c, to(CaseStep.CLOSED)));
        assertThrows(InvalidInput.class, () -> move(c,
                new StepOrder(CaseStep.CLOSED, null, null, null, CaseOutcome.PAID_IN_FULL, -1L, null)));
        assertThrows(InvalidInput.class, () -> move(c,
                new StepOrder(CaseStep.CLOSED, null, "x".repeat(2000), null, CaseOutcome.PAID_IN_FULL, 1L, null)));
        assertThrows(InvalidInput.class, () -> c.confirmReceived(-5, NOW));
        assertEquals(CaseStep.ACCEPTED, c.step(), "a refused move changes nothing");
    }

    @Test
    void aFailedCriterionBlocksAcceptance() {
        WageCase c = wageCase();
        move(c, to(CaseStep.SCREENING));
        ScreeningEntry failed = c.screen(ScreeningCriterion.LABOUR_RELATIONSHIP, false, null, "legal-aid", NOW);
        assertEquals("case.screening-failed", assertThrows(RuleViolation.class, () -> c.moveTo(to(CaseStep.ACCEPTED),
                c.screeningResults(List.of(failed)), "legal-aid", NOW, TODAY)).code());
        ScreeningEntry passed = c.screen(ScreeningCriterion.LABOUR_RELATIONSHIP, true, null, "legal-aid", NOW);
        c.moveTo(to(CaseStep.ACCEPTED), c.screeningResults(List.of(failed, passed)), "legal-aid", NOW, TODAY);
        assertEquals(CaseStep.ACCEPTED, c.step());
        assertEquals("screening.closed", assertThrows(RuleViolation.class,
                () -> c.screen(ScreeningCriterion.MEANS_TEST, true, null, "legal-aid", NOW)).code());
    }

    @Test
    void migrantWorkersWageClaimsPassTheMeansTestAndOverridingItNeedsAReason() {
        WageCase c = wageCase();
        assertEquals(Boolean.TRUE, c.screeningResults(List.of()).get(ScreeningCriterion.MEANS_TEST),
                "Legal Aid Law Art. 42: no means test for migrant workers' wage claims");
        assertEquals("screening.override-needs-reason", assertThrows(RuleViolation.class,
                () -> c.screen(ScreeningCriterion.MEANS_TEST, false, "  ", "legal-aid", NOW)).code());
        ScreeningEntry overridden = c.screen(ScreeningCriterion.MEANS_TEST, false, "不是农民工，是公司白领", "legal-aid", NOW);
        assertEquals("不是农民工，是公司白领", overridden.overrideReason());
        assertEquals(Boolean.FALSE, c.screeningResults(List.of(overridden)).get(ScreeningCriterion.MEANS_TEST));
        WageCase injury = new WageCase(8L, null, CaseTopic.WORK_INJURY, NOW);
        assertNull(injury.screeningResults(List.of()).get(ScreeningCriterion.MEANS_TEST), "other topics: staff judge");
        injury.screen(ScreeningCriterion.MEANS_TEST, false, null, "legal-aid", NOW);
    }

    @Test
    void factsAreCheckedFieldByFieldAndARepeatMessageOnlyFillsWhatIsMissing() {
        WageCase c = wageCase();
        InvalidInput bad = assertThrows(InvalidInput.class, () -> c.describe(new CaseFacts(null, null, "12345", null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null, null, -1L, 200, null, null, null, null,
                null, null), null, NOW));
        assertEquals(List.of("siteCode", "workedTo", "amountOwedFen", "monthsUnpaid"), List.copyOf(bad.errors().keySet()));
        c.describe(new CaseFacts("顺达建筑", null, "330106", null, null, null, null, null, 900_000L, 3, null, null,
                null, null, null, null), "顺达建筑", NOW);
        c.complete(new CaseFacts("别的公司", "西湖项目", "440300", null, null, null, null, null, 1L, null, null, true,
                LocalDate.of(2026, 6, 1), null, null, null), "别的公司", NOW);
        assertEquals("顺达建筑", c.employerAsNamed());
        assertEquals("330106", c.siteCode());
        assertEquals(900_000L, c.amountOwedFen());
        assertEquals("西湖项目", c.projectName());
        assertTrue(c.urgent());
        assertEquals(LocalDate.of(2026, 6, 1), c.lastDemandOn());
        assertEquals(Map.of(7L, 900_000L), Map.of(c.claimants().get(0).workerId(), c.claimants().get(0).amountOwedFen()));
    }
}
