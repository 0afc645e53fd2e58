package org.warmline.returnhome.domain.planning;

import java.util.List;

/**
 * Groups parties into vehicles (issue 6, item 5). Hard rules as for manual assignment: capacity,
 * parties whole, the departure day inside each party's window, every destination on the stops (at
 * most {@code maxStops}, one destination province, one origin prefecture). Soft, in this order:
 * fewer vehicles, fewer stops per vehicle, days close to the asked day, fuller vehicles.
 */
public interface TripPlanner {

    /**
     * @param demands  the parties to seat (requests waiting for a seat, on no trip)
     * @param settings capacity, stop limit, time budget
     * @return the proposal
     */
    Plan plan(List<Demand> demands, PlanSettings settings);
}
