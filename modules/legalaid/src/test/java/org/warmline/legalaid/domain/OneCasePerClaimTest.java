package org.warmline.legalaid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One wage problem of one worker against one employer is one open case (issue 12, point 1). */
class OneCasePerClaimTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private static WageCase against(long worker, String employer, Instant at) {
        WageCase c = new WageCase(worker, null, CaseTopic.WAGE_ARREARS, at);
        if (employer != null) {
            c.describe(new CaseFacts(employer, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null), employer, at);
        }
        return c;
    }

    @Test
    void aSecondMessageAboutTheSameEmployerJoinsTheOpenCase() {
        WageCase shunda = against(1, "顺达建筑", NOW);
        WageCase other = against(1, "宏达工程", NOW.plusSeconds(60));
        assertEquals(Optional.of(shunda), OneCasePerClaim.openCaseFor(List.of(shunda, other), 1, CaseTopic.WAGE_ARREARS, "顺达建筑"));
    }

    @Test
    void anotherEmployerAnotherTopicOrAClosedCaseMeansANewCase() {
        WageCase shunda = against(1, "顺达建筑", NOW);
        assertTrue(OneCasePerClaim.openCaseFor(List.of(shunda), 1, CaseTopic.WAGE_ARREARS, "宏达工程").isEmpty());
        assertTrue(OneCasePerClaim.openCaseFor(List.of(shunda), 1, CaseTopic.WORK_INJURY, "顺达建筑").isEmpty());
        shunda.moveTo(new StepOrder(CaseStep.SCREENING, null, null, null, null, null, null), java.util.Map.of(), "x", NOW, null);
        shunda.moveTo(new StepOrder(CaseStep.REJECTED, null, "no", null, null, null, null), java.util.Map.of(), "x", NOW, null);
        assertTrue(OneCasePerClaim.openCaseFor(List.of(shunda), 1, CaseTopic.WAGE_ARREARS, "顺达建筑").isEmpty());
    }

    @Test
    void anotherWorkersCaseIsNotJoinedUnlessTheyClaimInIt() {
        WageCase shunda = against(1, "顺达建筑", NOW);
        assertTrue(OneCasePerClaim.openCaseFor(List.of(shunda), 2, CaseTopic.WAGE_ARREARS, "顺达建筑").isEmpty());
        shunda.addClaimant(2, 300_000L, NOW);
        assertEquals(Optional.of(shunda), OneCasePerClaim.openCaseFor(List.of(shunda), 2, CaseTopic.WAGE_ARREARS, "顺达建筑"));
        assertEquals(300_000L, shunda.totalOwedFen());
    }

    @Test
    void aRepeatMessageWithoutAnEmployerJoinsTheLatestOpenCaseAndACaseWithoutOneTakesTheEmployer() {
        WageCase older = against(1, "顺达建筑", NOW);
        WageCase newer = against(1, "宏达工程", NOW.plusSeconds(60));
        assertEquals(Optional.of(newer), OneCasePerClaim.openCaseFor(List.of(older, newer), 1, CaseTopic.WAGE_ARREARS, null));
        WageCase unnamed = against(3, null, NOW);
        assertEquals(Optional.of(unnamed), OneCasePerClaim.openCaseFor(List.of(unnamed), 3, CaseTopic.WAGE_ARREARS, "顺达建筑"));
    }
}
