package org.warmline.returnhome.infrastructure.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The constraints of issue 6, item 5. Hard: capacity, stops per vehicle, the day inside the window
 * (parties are whole by construction; origin and province by decomposition). Medium: vehicles used.
 * Soft: stops per vehicle (1,000 each), days off the asked day (100 per person-day), and fuller
 * vehicles (the square of the seats taken is rewarded, which also steers the search towards emptying
 * vehicles).
 */
public class TripConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            factory.forEach(PartyAssignment.class)
                    .groupBy(PartyAssignment::getVehicle, ConstraintCollectors.sum(PartyAssignment::getPeople))
                    .filter((v, seats) -> seats > v.getCapacity())
                    .penalize(HardMediumSoftScore.ONE_HARD, (v, seats) -> seats - v.getCapacity())
                    .asConstraint("capacity"),
            factory.forEach(PartyAssignment.class)
                    .groupBy(PartyAssignment::getVehicle, ConstraintCollectors.countDistinct(PartyAssignment::getStop))
                    .filter((v, stops) -> stops > v.getMaxStops())
                    .penalize(HardMediumSoftScore.ONE_HARD, (v, stops) -> stops - v.getMaxStops())
                    .asConstraint("stops per vehicle"),
            factory.forEach(PartyAssignment.class)
                    .filter(p -> !p.dayFits())
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint("travel window"),
            factory.forEach(PartyAssignment.class)
                    .groupBy(PartyAssignment::getVehicle)
                    .penalize(HardMediumSoftScore.ONE_MEDIUM)
                    .asConstraint("vehicles used"),
            factory.forEach(PartyAssignment.class)
                    .groupBy(PartyAssignment::getVehicle, ConstraintCollectors.countDistinct(PartyAssignment::getStop))
                    .penalize(HardMediumSoftScore.ONE_SOFT, (v, stops) -> 1000 * stops)
                    .asConstraint("fewer stops"),
            factory.forEach(PartyAssignment.class)
                    .filter(p -> p.daysOff() > 0)
                    .penalize(HardMediumSoftScore.ONE_SOFT, p -> 100 * p.daysOff() * p.getPeople())
                    .asConstraint("close to the asked day"),
            factory.forEach(PartyAssignment.class)
                    .groupBy(PartyAssignment::getVehicle, ConstraintCollectors.sum(PartyAssignment::getPeople))
                    .reward(HardMediumSoftScore.ONE_SOFT, (v, seats) -> seats * seats)
                    .asConstraint("seats filled")
        };
    }
}
