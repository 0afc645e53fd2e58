package org.warmline.returnhome.domain.planning;

import java.util.List;

/**
 * A proposal: vehicles with parties, and parties that could not be placed.
 *
 * @param vehicles   proposed vehicles (each within capacity and stop limit, one province, one day)
 * @param unplanned  request ids with no vehicle (a party larger than a vehicle)
 * @param lowerBound the lower bound of vehicles for fixed-date demand: per origin, day and province
 *                   the larger of ceil(people / capacity) and ceil(distinct stops / maxStops), summed
 *                   (issue 6, Benchmark); for parties with a window it is computed on their asked day
 */
public record Plan(List<PlannedVehicle> vehicles, List<Long> unplanned, int lowerBound) {
    /** @return seats taken over all vehicles (people) */
    public int seatsFilled() {
        return vehicles.stream().mapToInt(PlannedVehicle::seats).sum();
    }
}
