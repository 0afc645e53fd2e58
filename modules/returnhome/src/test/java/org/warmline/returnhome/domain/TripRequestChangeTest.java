package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.returnhome.domain.TripChangeRefused.Reason;
import org.warmline.returnhome.domain.TripRequest.ChangedBy;

/** Change and cancel of a confirmed or waiting request (issue 10, point 4): what is allowed, what is refused and why. */
class TripRequestChangeTest {

    private final Trip trip = Fixtures.coach();

    /** @return requests of the given sizes, all offered seats on {@link #trip} (published) */
    private List<TripRequest> published(int... sizes) {
        List<TripRequest> on = new ArrayList<>();
        for (int size : sizes) {
            TripRequest r = Fixtures.confirmed(size);
            trip.assign(r, on, null, NOW);
            on.add(r);
        }
        trip.publish(on, NOW.plus(Duration.ofHours(24)), NOW);
        return on;
    }

    private static Reason reason(Runnable change) {
        return assertThrows(TripChangeRefused.class, change::run).reason();
    }

    @Test
    void aWaitingRequestChangesPartyDateAndDestination() {
        TripRequest r = Fixtures.confirmed(3);
        assertFalse(r.amend(TripRequestChange.partySize(5), null, List.of(), ChangedBy.WORKER, NOW));
        assertEquals(5, r.partySize());
        r.amend(TripRequestChange.travelDate(Fixtures.DAY.plusDays(2)), null, List.of(), ChangedBy.WORKER, NOW);
        assertEquals(Fixtures.DAY.plusDays(2), r.travelDate());
        assertEquals(r.travelDate(), r.earliestDate());
        r.amend(TripRequestChange.destination("3401"), null, List.of(), ChangedBy.WORKER, NOW);
        assertEquals("3401", r.destinationCode());
        assertEquals(TripRequestStatus.CONFIRMED, r.status());
    }

    @Test
    void aSeatOnATripLeavingWithinTwelveHoursIsNotChangedOrCancelledByTheWorkerButByStaff() {
        TripRequest r = published(2).get(0);
        r.accept(NOW);
        Instant late = trip.departsAt().minus(Duration.ofHours(11));
        assertEquals(Reason.LEAVES_SOON, reason(() -> r.amend(TripRequestChange.cancel(), trip, List.of(r),
                ChangedBy.WORKER, late)));
        assertEquals(Reason.LEAVES_SOON, reason(() -> r.amend(TripRequestChange.partySize(1), trip, List.of(r),
                ChangedBy.WORKER, late)));
        assertEquals(TripRequestStatus.SEAT_CONFIRMED, r.status());
        assertNull(r.refusal(TripRequestChange.cancel(), trip, List.of(r), ChangedBy.WORKER,
                trip.departsAt().minus(Duration.ofHours(13))));
        assertTrue(r.amend(TripRequestChange.cancel(), trip, List.of(r), ChangedBy.STAFF, late));
        assertEquals(TripRequestStatus.CANCELLED, r.status());
        assertFalse(r.holdsSeatOn(trip.id()));
    }

    @Test
    void aBiggerPartyThatDoesNotFitItsPublishedTripIsRefusedWithTheFreeSeats() {
        List<TripRequest> on = published(40, 3);
        TripRequest r = on.get(1);
        TripChangeRefused refused = assertThrows(TripChangeRefused.class, () -> r.amend(TripRequestChange.partySize(6),
                trip, on, ChangedBy.STAFF, NOW));
        assertEquals(Reason.NO_ROOM, refused.reason());
        assertEquals(2, refused.number());
        assertEquals(3, r.partySize());
        assertFalse(r.amend(TripRequestChange.partySize(5), trip, on, ChangedBy.WORKER, NOW));
        assertEquals(45, trip.seatsTaken(on));
        assertEquals(TripRequestStatus.OFFERED, r.status());
    }

    @Test
    void aBiggerPartyLeavesADraftItNoLongerFitsAndWaitsInThePool() {
        TripRequest big = Fixtures.confirmed(43);
        TripRequest r = Fixtures.confirmed(2);
        trip.assign(big, List.of(), null, NOW);
        trip.assign(r, List.of(big), null, NOW);
        assertTrue(r.amend(TripRequestChange.partySize(4), trip, List.of(big, r), ChangedBy.WORKER, NOW));
        assertNull(r.tripId());
        assertEquals(TripRequestStatus.CONFIRMED, r.status());
    }

    @Test
    void aNewDateOffTheTripReleasesTheSeatAndWaitlistsTheParty() {
        TripRequest r = published(2).get(0);
        assertTrue(r.amend(TripRequestChange.travelDate(Fixtures.DAY.plusDays(1)), trip, List.of(r), ChangedBy.WORKER, NOW));
        assertEquals(TripRequestStatus.WAITLISTED, r.status());
        assertNull(r.tripId());
        assertNull(r.offerDeadline());
        assertEquals(0, trip.seatsTaken(List.of(r)));
    }

    @Test
    void aDestinationTheTripStillServesKeepsTheSeatAnotherLeavesIt() {
        List<TripRequest> on = published(2, 1);
        assertFalse(on.get(0).amend(TripRequestChange.destination("340104"), trip, on, ChangedBy.STAFF, NOW));
        assertEquals(trip.id(), on.get(0).tripId());
        assertTrue(on.get(1).amend(TripRequestChange.destination("4116"), trip, on, ChangedBy.STAFF, NOW));
        assertEquals(TripRequestStatus.WAITLISTED, on.get(1).status());
    }

    @Test
    void aDayBeforeTodayOrTheSameValueIsRefusedAsInput() {
        TripRequest r = Fixtures.confirmed(2);
        Reason past = reason(() -> r.amend(TripRequestChange.travelDate(NOW.atZone(Trip.ZONE).toLocalDate().minusDays(1)),
                null, List.of(), ChangedBy.STAFF, NOW));
        assertEquals(Reason.PAST_DATE, past);
        assertTrue(past.isInput());
        assertEquals(Reason.SAME_VALUE, reason(() -> r.amend(TripRequestChange.partySize(2), null, List.of(),
                ChangedBy.WORKER, NOW)));
        assertEquals(Reason.SAME_VALUE, reason(() -> r.amend(TripRequestChange.travelDate(Fixtures.DAY), null,
                List.of(), ChangedBy.WORKER, NOW)));
    }

    @Test
    void aClosedRequestOrATripThatLeftRefusesEveryChange() {
        TripRequest declined = published(2).get(0);
        declined.decline(NOW);
        assertEquals(Reason.NOT_OPEN, reason(() -> declined.amend(TripRequestChange.cancel(), trip, List.of(),
                ChangedBy.STAFF, NOW)));
        Trip other = Fixtures.coach();
        TripRequest seated = Fixtures.confirmed(1);
        other.assign(seated, List.of(), null, NOW);
        other.publish(List.of(seated), NOW.plus(Duration.ofHours(1)), NOW);
        seated.accept(NOW);
        other.depart(other.departsAt(), Duration.ZERO);
        assertEquals(Reason.TRIP_LEFT, reason(() -> seated.amend(TripRequestChange.partySize(3), other, List.of(seated),
                ChangedBy.STAFF, NOW)));
        assertThrows(IllegalArgumentException.class, () -> TripRequestChange.partySize(61));
    }
}
