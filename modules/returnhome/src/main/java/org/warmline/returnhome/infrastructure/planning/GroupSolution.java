package org.warmline.returnhome.infrastructure.planning;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** One planning problem: the parties and candidate vehicles of one origin prefecture and destination province. */
@PlanningSolution
public class GroupSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<VehicleSlot> vehicles;

    @PlanningEntityCollectionProperty
    private List<PartyAssignment> parties;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For the solver. */
    public GroupSolution() {
    }

    /** @param vehicles candidate vehicles @param parties the parties */
    public GroupSolution(List<VehicleSlot> vehicles, List<PartyAssignment> parties) {
        this.vehicles = vehicles;
        this.parties = parties;
    }

    /** @return candidate vehicles */
    public List<VehicleSlot> getVehicles() {
        return vehicles;
    }

    /** @return the parties */
    public List<PartyAssignment> getParties() {
        return parties;
    }

    /** @return the score */
    public HardMediumSoftScore getScore() {
        return score;
    }

    /** @param score the score */
    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
