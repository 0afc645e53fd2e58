package org.warmline.returnhome.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deadline rule of issue 6, item 6: on a published trip, offers not answered by their deadline
 * expire and their seats go to the waitlist — waitlisted requests that fit the trip (origin, window,
 * stops) and the free seats, first come first served (by confirmation time), parties never split.
 * A waitlisted party gets {@link #WAITLIST_ANSWER_TIME} to answer, but never later than
 * {@link #LAST_ANSWER_BEFORE_DEPARTURE} before departure; when that is already past nobody is offered.
 */
public final class SeatRelease {

    /** How long a waitlisted party has to answer a released seat: 12 hours. */
    public static final Duration WAITLIST_ANSWER_TIME = Duration.ofHours(12);
    /** Answers close 2 hours before departure. */
    public static final Duration LAST_ANSWER_BEFORE_DEPARTURE = Duration.ofHours(2);

    private SeatRelease() {
    }

    /**
     * What one run did.
     *
     * @param expired offers that expired now
     * @param offered waitlisted requests offered the released seats now
     */
    public record Outcome(List<TripRequest> expired, List<TripRequest> offered) {
        /** @return whether nothing changed */
        public boolean isEmpty() {
            return expired.isEmpty() && offered.isEmpty();
        }
    }

    /**
     * Expires overdue offers on the trip, then offers the free seats to the waitlist.
     *
     * @param trip       a trip; only a PUBLISHED one is touched
     * @param passengers requests on the trip (any status)
     * @param waitlist   WAITLISTED requests on no trip (candidates; unsuitable ones are skipped)
     * @param now        the current time (from the injected clock)
     * @return what changed
     */
    public static Outcome run(Trip trip, List<TripRequest> passengers, List<TripRequest> waitlist, Instant now) {
        if (trip.status() != TripStatus.PUBLISHED) {
            return new Outcome(List.of(), List.of());
        }
        List<TripRequest> expired = new ArrayList<>();
        for (TripRequest r : passengers) {
            if (r.status() == TripRequestStatus.OFFERED && !now.isBefore(r.offerDeadline())) {
                r.expire(now);
                expired.add(r);
            }
        }
        List<TripRequest> offered = new ArrayList<>();
        Instant deadline = now.plus(WAITLIST_ANSWER_TIME);
        Instant latest = trip.departsAt().minus(LAST_ANSWER_BEFORE_DEPARTURE);
        if (deadline.isAfter(latest)) {
            deadline = latest;
        }
        if (!deadline.isAfter(now)) {
            return new Outcome(expired, offered);
        }
        List<TripRequest> onTrip = new ArrayList<>(passengers);
        List<TripRequest> queue = waitlist.stream()
                .filter(r -> r.status() == TripRequestStatus.WAITLISTED && r.tripId() == null)
                .sorted(Comparator.comparing((TripRequest r) -> r.confirmedAt() == null ? r.createdAt() : r.confirmedAt())
                        .thenComparing(r -> r.id() == null ? Long.MAX_VALUE : r.id()))
                .toList();
        for (TripRequest candidate : queue) {
            if (trip.fitProblem(candidate) != null
                    || trip.seatsTaken(onTrip) + candidate.partySize() > trip.capacity()) {
                continue;
            }
            trip.assign(candidate, onTrip, deadline, now);
            onTrip.add(candidate);
            offered.add(candidate);
        }
        return new Outcome(expired, offered);
    }
}
