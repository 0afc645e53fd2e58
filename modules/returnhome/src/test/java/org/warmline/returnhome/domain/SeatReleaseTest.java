package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unconfirmed seats are released at the deadline and offered to the waitlist (issue 6, item 6), with a set clock. */
class SeatReleaseTest {

    private final Instant deadline = NOW.plus(Duration.ofHours(24));

    private List<TripRequest> publishedFullTrip(Trip trip) {
        List<TripRequest> on = new ArrayList<>();
        for (int people : new int[] {6, 6, 6, 6, 6, 6, 6, 3}) {
            TripRequest r = Fixtures.confirmed(people);
            trip.assign(r, on, null, NOW);
            on.add(r);
        }
        trip.publish(on, deadline, NOW);
        return on;
    }

    @Test
    void nothingHappensBeforeTheDeadline() {
        Trip trip = Fixtures.coach();
        List<TripRequest> on = publishedFullTrip(trip);
        TripRequest waiting = Fixtures.confirmed(2);
        waiting.waitlist();
        Clock clock = Clock.fixed(deadline.minusSeconds(1), Trip.ZONE);
        SeatRelease.Outcome outcome = SeatRelease.run(trip, on, List.of(waiting), clock.instant());
        assertTrue(outcome.expired().isEmpty());
        assertTrue(outcome.offered().isEmpty());
        assertEquals(TripRequestStatus.WAITLISTED, waiting.status());
    }

    @Test
    void unconfirmedSeatsAreReleasedAtTheDeadlineAndOfferedToTheWaitlistInOrder() {
        Trip trip = Fixtures.coach();
        List<TripRequest> on = publishedFullTrip(trip);
        for (TripRequest r : on.subList(1, on.size())) {
            r.accept(NOW);
        }
        TripRequest tooBig = Fixtures.confirmed(7);
        tooBig.waitlist();
        TripRequest elsewhere = Fixtures.confirmed(1, "341200", Fixtures.DAY, null, null);
        elsewhere.waitlist();
        TripRequest first = Fixtures.confirmed(4);
        first.waitlist();
        TripRequest second = Fixtures.confirmed(2);
        second.waitlist();
        TripRequest third = Fixtures.confirmed(1);
        third.waitlist();
        Clock clock = Clock.fixed(deadline, Trip.ZONE);

        SeatRelease.Outcome outcome = SeatRelease.run(trip, on, List.of(third, second, first, elsewhere, tooBig),
                clock.instant());

        assertEquals(List.of(on.get(0)), outcome.expired());
        assertEquals(TripRequestStatus.EXPIRED, on.get(0).status());
        // 6 seats free: first (4) and second (2) by waiting order; third (1) no longer fits, 7 never, 阜阳 not a stop
        assertEquals(List.of(first, second), outcome.offered());
        assertEquals(TripRequestStatus.OFFERED, first.status());
        assertEquals(deadline.plus(SeatRelease.WAITLIST_ANSWER_TIME), first.offerDeadline());
        assertEquals(TripRequestStatus.WAITLISTED, third.status());
        assertNull(third.tripId());
        assertEquals(45, trip.seatsTaken(concat(on, outcome.offered())));
    }

    @Test
    void waitlistOffersCloseTwoHoursBeforeDeparture() {
        Trip trip = Fixtures.coach();
        List<TripRequest> on = publishedFullTrip(trip);
        TripRequest waiting = Fixtures.confirmed(6);
        waiting.waitlist();
        Instant late = trip.departsAt().minus(Duration.ofHours(3));
        SeatRelease.Outcome outcome = SeatRelease.run(trip, on, List.of(waiting), late);
        assertEquals(8, outcome.expired().size());
        assertEquals(trip.departsAt().minus(SeatRelease.LAST_ANSWER_BEFORE_DEPARTURE), waiting.offerDeadline());
        TripRequest tooLate = Fixtures.confirmed(1);
        tooLate.waitlist();
        SeatRelease.run(trip, on, List.of(tooLate), trip.departsAt().minus(Duration.ofHours(1)));
        assertEquals(TripRequestStatus.WAITLISTED, tooLate.status());
    }

    @Test
    void draftTripsAreNotTouched() {
        Trip trip = Fixtures.coach();
        TripRequest waiting = Fixtures.confirmed(1);
        waiting.waitlist();
        assertTrue(SeatRelease.run(trip, List.of(), List.of(waiting), deadline).isEmpty());
    }

    private static List<TripRequest> concat(List<TripRequest> a, List<TripRequest> b) {
        List<TripRequest> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
