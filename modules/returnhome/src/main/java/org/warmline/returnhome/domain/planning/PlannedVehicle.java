package org.warmline.returnhome.domain.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * One vehicle of a proposal.
 *
 * @param originCity  GB/T 2260 code of the origin prefecture
 * @param province    GB/T 2260 code of the destination province (every stop lies in it)
 * @param date        departure day
 * @param stops       destination codes, ordered by code (no coordinates: stops are grouped by
 *                    prefecture, so codes of one prefecture come together)
 * @param requestIds  parties on it
 * @param seats       seats taken (people)
 */
public record PlannedVehicle(String originCity, String province, LocalDate date, List<String> stops,
                             List<Long> requestIds, int seats) {
}
