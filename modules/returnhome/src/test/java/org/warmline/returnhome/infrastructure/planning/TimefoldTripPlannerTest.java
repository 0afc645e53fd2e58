package org.warmline.returnhome.infrastructure.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.returnhome.domain.planning.Demand;
import org.warmline.returnhome.domain.planning.Plan;
import org.warmline.returnhome.domain.planning.PlanSettings;
import org.warmline.returnhome.domain.planning.PlannedVehicle;

/** The planner on small hand-made cases whose optimum is known. */
class TimefoldTripPlannerTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 29);
    private static final PlanSettings COACH = new PlanSettings(45, 5, Duration.ofSeconds(3));
    private long ids;

    private Demand fixed(String destination, int people) {
        return new Demand(++ids, "3301", destination, DAY, DAY, DAY, people);
    }

    private Plan plan(List<Demand> demands, PlanSettings settings) {
        Plan plan = new TimefoldTripPlanner().plan(demands, settings);
        Set<Long> seen = new HashSet<>(plan.unplanned());
        for (PlannedVehicle v : plan.vehicles()) {
            assertTrue(v.seats() <= settings.capacity(), "capacity " + v);
            assertTrue(v.stops().size() <= settings.maxStops(), "stops " + v);
            v.requestIds().forEach(id -> assertTrue(seen.add(id), "party " + id + " twice"));
        }
        assertEquals(demands.size(), seen.size(), "every party placed once");
        return plan;
    }

    @Test
    void sixCountiesOfOneProvinceNeedTwoCoachesNotSix() {
        List<Demand> d = new ArrayList<>();
        for (String county : List.of("341502", "341503", "341504", "341522", "341523", "341524")) {
            d.add(fixed(county, 3));
        }
        Plan plan = plan(d, COACH);
        assertEquals(2, plan.vehicles().size());
        assertEquals(2, plan.lowerBound());
    }

    @Test
    void partiesAreNeverSplitSoBinPackingDecides() {
        // 4 parties of 23 seats: 92 people, bound ceil(92/45) = 3, but no two parties share a 45-seat coach
        // with a third, and 23 + 23 = 46 > 45: the optimum is 4 coaches.
        List<Demand> d = List.of(fixed("341502", 23), fixed("341502", 23), fixed("341502", 23), fixed("341502", 23));
        Plan plan = plan(d, COACH);
        assertEquals(4, plan.vehicles().size());
        assertEquals(3, plan.lowerBound());
    }

    @Test
    void ninetyPeopleInThirtySeatVehiclesOverThreeStopsNeedExactlyThree() {
        // 90 people, capacity 30: the bound ceil(90 / 30) = 3 is reached only by an exact packing
        // {20, 10} {15, 15} {10, 10, 10}; the planner must find it with parties whole.
        PlanSettings small = new PlanSettings(30, 5, Duration.ofSeconds(3));
        List<Demand> d = List.of(fixed("341502", 20), fixed("341502", 15), fixed("341503", 15), fixed("341503", 10),
                fixed("341504", 10), fixed("341504", 10), fixed("341504", 10));
        Plan plan = plan(d, small);
        assertEquals(3, plan.lowerBound());
        assertEquals(3, plan.vehicles().size());
    }

    @Test
    void provincesAndOriginsNeverShareAVehicle() {
        List<Demand> d = List.of(fixed("341502", 2), fixed("411502", 2),
                new Demand(++ids, "4401", "341502", DAY, DAY, DAY, 2));
        Plan plan = plan(d, COACH);
        assertEquals(3, plan.vehicles().size());
        for (PlannedVehicle v : plan.vehicles()) {
            assertEquals(1, v.requestIds().size());
        }
    }

    @Test
    void flexibleWindowsLetTheSolverMergeTwoDaysIntoOneCoach() {
        // 10 people on the 28th and 10 on the 30th, both happy with the 29th → one coach on the 29th
        // (fewer vehicles beats the soft cost of moving a day).
        List<Demand> d = List.of(
                new Demand(++ids, "3301", "341502", DAY.minusDays(1), DAY.minusDays(1), DAY, 10),
                new Demand(++ids, "3301", "341502", DAY.plusDays(1), DAY, DAY.plusDays(1), 10));
        Plan plan = plan(d, COACH);
        assertEquals(1, plan.vehicles().size());
        assertEquals(DAY, plan.vehicles().get(0).date());
    }

    @Test
    void windowsAreHardAndDaysStayAsAskedWhenNothingIsGained() {
        List<Demand> d = List.of(new Demand(++ids, "3301", "341502", DAY, DAY.minusDays(2), DAY.plusDays(2), 40),
                new Demand(++ids, "3301", "341502", DAY.plusDays(3), DAY.plusDays(3), DAY.plusDays(3), 40));
        Plan plan = plan(d, COACH);
        assertEquals(2, plan.vehicles().size());
        assertEquals(Set.of(DAY, DAY.plusDays(3)), Set.copyOf(plan.vehicles().stream().map(PlannedVehicle::date).toList()));
    }

    @Test
    void aPartyLargerThanAVehicleIsReportedUnplanned() {
        Demand big = fixed("341502", 50);
        Plan plan = plan(List.of(big, fixed("341502", 2)), COACH);
        assertEquals(List.of(big.requestId()), plan.unplanned());
        assertEquals(1, plan.vehicles().size());
    }
}
