package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the clocks need to know of a wage case, in the clocks' own words (the application fills it from the case and
 * its dated steps). Every date is a calendar day in Asia/Shanghai; null means "not recorded".
 *
 * @param openedOn        the day the case (the legal-aid application) was opened; required
 * @param closed          true for a closed or rejected case: no clock runs
 * @param decidedOn       the day legal aid decided (accepted or rejected), null while undecided
 * @param acceptedOn      the day legal aid accepted the case, null when not accepted
 * @param assignedOn      the day a lawyer / staff member was assigned, null when not yet
 * @param route           the route the case is on now
 * @param mediationOn     the latest day a mediation application was recorded (a request for relief: restarts limitation)
 * @param inspectionOn    the latest day a labour-inspection complaint was recorded (also restarts limitation)
 * @param arbitrationOn   the day the arbitration application was filed (the limitation clock then has done its job)
 * @param courtOn         the day the case went to court
 * @param employmentEnded whether the employment has ended (null = unknown)
 * @param endedOn         the day it ended
 * @param workedTo        the last day worked
 * @param lastDemandOn    the latest recorded demand, complaint or employer promise to pay
 * @param breachEndedOn   the day a continuing breach ended (LSI Art. 20)
 */
public record ClockFacts(LocalDate openedOn, boolean closed, LocalDate decidedOn, LocalDate acceptedOn,
                         LocalDate assignedOn, Route route, LocalDate mediationOn, LocalDate inspectionOn,
                         LocalDate arbitrationOn, LocalDate courtOn, Boolean employmentEnded, LocalDate endedOn,
                         LocalDate workedTo, LocalDate lastDemandOn, LocalDate breachEndedOn) {

    /** The route a case is on: which procedure's clocks run. */
    public enum Route {
        /** No procedure started yet (intake, screening, accepted, assigned). */
        NONE,
        /** Mediation (LDMAL Art. 14). */
        MEDIATION,
        /** Labour-inspection complaint (LSI). */
        INSPECTION,
        /** Labour arbitration (LDMAL). */
        ARBITRATION,
        /** Court. */
        COURT
    }

    /** Requires the opening day; a missing route is {@link Route#NONE}. */
    public ClockFacts {
        Objects.requireNonNull(openedOn, "openedOn");
        route = route == null ? Route.NONE : route;
    }

    /** @return facts of a newly opened case with the given employment facts, for tests and intake checks */
    public static ClockFacts opened(LocalDate openedOn, Boolean employmentEnded, LocalDate endedOn, LocalDate workedTo,
                                    LocalDate lastDemandOn) {
        return new ClockFacts(openedOn, false, null, null, null, Route.NONE, null, null, null, null,
                employmentEnded, endedOn, workedTo, lastDemandOn, null);
    }
}
