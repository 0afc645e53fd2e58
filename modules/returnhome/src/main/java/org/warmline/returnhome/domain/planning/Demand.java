package org.warmline.returnhome.domain.planning;

import java.time.LocalDate;

/**
 * One party to seat: a request as the planner sees it.
 *
 * @param requestId       the trip request
 * @param originCode      GB/T 2260 code of the origin
 * @param destinationCode GB/T 2260 code of the destination (the stop it needs)
 * @param askedDate       the day asked for
 * @param earliest        first acceptable day
 * @param latest          last acceptable day
 * @param people          party size in seats; never split
 */
public record Demand(long requestId, String originCode, String destinationCode, LocalDate askedDate,
                     LocalDate earliest, LocalDate latest, int people) {

    /** @return the origin's prefecture (first 4 digits of the code) */
    public String originCity() {
        return originCode.substring(0, Math.min(4, originCode.length()));
    }

    /** @return the destination's province (first 2 digits) */
    public String province() {
        return destinationCode.substring(0, 2);
    }

    /** @param day a day @return whether the party can travel that day */
    public boolean accepts(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
