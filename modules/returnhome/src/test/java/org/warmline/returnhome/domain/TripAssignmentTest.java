package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.DAY;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manual assignment rules of issue 6, item 4, enforced by {@link Trip#assign}. */
class TripAssignmentTest {

    @Test
    void capacityIsNeverExceeded() {
        Trip trip = Fixtures.coach();
        List<TripRequest> on = Fixtures.seatSixes(trip, 7);
        assertEquals(42, trip.seatsTaken(on));
        TripRuleException e = assertThrows(TripRuleException.class,
                () -> trip.assign(Fixtures.confirmed(4), on, null, NOW));
        assertTrue(e.getMessage().contains("capacity 45"), e.getMessage());
        trip.assign(Fixtures.confirmed(3), on, null, NOW);
    }

    @Test
    void partyIsNeverSplitAcrossTrips() {
        Trip first = Fixtures.coach();
        Trip second = Fixtures.coach();
        TripRequest party = Fixtures.confirmed(5);
        first.assign(party, List.of(), null, NOW);
        TripRuleException e = assertThrows(TripRuleException.class, () -> second.assign(party, List.of(), null, NOW));
        assertTrue(e.getMessage().contains("never split"), e.getMessage());
    }

    @Test
    void departureMustLieInsideTheRequestsWindow() {
        Trip trip = Fixtures.coach();
        TripRequest dayBefore = Fixtures.confirmed(2, "341502", DAY.minusDays(1), null, null);
        assertThrows(TripRuleException.class, () -> trip.assign(dayBefore, List.of(), null, NOW));
        TripRequest flexible = Fixtures.confirmed(2, "341502", DAY.minusDays(1), null, DAY.plusDays(1));
        trip.assign(flexible, List.of(), null, NOW);
        assertEquals(trip.id(), flexible.tripId());
    }

    @Test
    void destinationMustBeOnTheTripsStops() {
        Trip trip = Fixtures.coach();   // stops 3415 六安, 3401 合肥
        TripRequest fuyang = Fixtures.confirmed(1, "341200", DAY, null, null);
        TripRuleException e = assertThrows(TripRuleException.class, () -> trip.assign(fuyang, List.of(), null, NOW));
        assertTrue(e.getMessage().contains("not on the trip's stops"), e.getMessage());
        trip.assign(Fixtures.confirmed(1, "340104", DAY, null, null), List.of(), null, NOW);   // a county of 合肥
        trip.assign(Fixtures.confirmed(1, "3415", DAY, null, null), List.of(), null, NOW);     // the city itself
    }

    @Test
    void originMustBeTheTripsCity() {
        Trip trip = Fixtures.coach();
        TripRequest fromGuangzhou = new TripRequest(1, "c", "341502", "4401", DAY, new PartySize(1), NOW);
        fromGuangzhou.identify(1);
        fromGuangzhou.confirm(NOW);
        assertThrows(TripRuleException.class, () -> trip.assign(fromGuangzhou, List.of(), null, NOW));
    }

    @Test
    void onlyRequestsWaitingForASeatAreAssigned() {
        TripRequest unconfirmed = new TripRequest(1, "c", "341502", "3301", DAY, new PartySize(1), NOW);
        unconfirmed.identify(2);
        assertThrows(TripRuleException.class, () -> Fixtures.coach().assign(unconfirmed, List.of(), null, NOW));
        TripRequest waitlisted = Fixtures.confirmed(1);
        waitlisted.waitlist();
        Fixtures.coach().assign(waitlisted, List.of(), null, NOW);
    }

    @Test
    void assigningToAPublishedTripOffersTheSeatAtOnce() {
        Trip trip = Fixtures.coach();
        TripRequest a = Fixtures.confirmed(1);
        trip.assign(a, List.of(), null, NOW);
        trip.publish(List.of(a), NOW.plus(Duration.ofHours(12)), NOW);
        TripRequest late = Fixtures.confirmed(2);
        trip.assign(late, List.of(a), NOW.plus(Duration.ofHours(6)), NOW);
        assertEquals(TripRequestStatus.OFFERED, late.status());
    }

    @Test
    void aDraftCanBeEditedButNotAPublishedTrip() {
        Trip trip = Fixtures.coach();
        TripRequest a = Fixtures.confirmed(1);
        trip.assign(a, List.of(), null, NOW);
        trip.unassign(a);
        assertEquals(null, a.tripId());
        trip.assign(a, List.of(), null, NOW);
        trip.publish(List.of(a), NOW.plus(Duration.ofHours(12)), NOW);
        assertThrows(TripRuleException.class, () -> trip.unassign(a));
    }

    @Test
    void publishingNeedsPassengersAndADeadlineBeforeDeparture() {
        Trip trip = Fixtures.coach();
        assertThrows(TripRuleException.class, () -> trip.publish(List.of(), NOW.plusSeconds(3600), NOW));
        TripRequest a = Fixtures.confirmed(1);
        trip.assign(a, List.of(), null, NOW);
        assertThrows(TripRuleException.class, () -> trip.publish(List.of(a), trip.departsAt(), NOW));
        assertThrows(TripRuleException.class, () -> trip.publish(List.of(a), NOW, NOW));
    }

    @Test
    void aChangeThatWouldStrandAPassengerIsRefused() {
        Trip trip = Fixtures.coach();
        TripRequest a = Fixtures.confirmed(1);
        trip.assign(a, List.of(), null, NOW);
        assertThrows(TripRuleException.class, () -> trip.change("杭州汽车东站", List.of("3401"), trip.departsAt(),
                null, null, List.of(a)));
        assertEquals(List.of("3415", "3401"), trip.stops());
        assertThrows(TripRuleException.class, () -> trip.change("杭州汽车东站", trip.stops(),
                trip.departsAt().plus(Duration.ofDays(1)), null, null, List.of(a)));
    }

    @Test
    void aVisibleChangeOfAPublishedTripAsksForNotices() {
        Trip trip = Fixtures.coach();
        TripRequest a = Fixtures.confirmed(1);
        trip.assign(a, List.of(), null, NOW);
        assertTrue(!trip.change("杭州汽车东站北广场", trip.stops(), trip.departsAt(), null, null, List.of(a)));
        trip.publish(List.of(a), NOW.plus(Duration.ofHours(12)), NOW);
        assertTrue(trip.change("杭州汽车东站", trip.stops(), trip.departsAt().plus(Duration.ofHours(1)), null, null, List.of(a)));
        assertTrue(!trip.change("杭州汽车东站", trip.stops(), trip.departsAt(), "另一家", null, List.of(a)));
    }

    @Test
    void tripFieldsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Trip(VehicleType.COACH_45, null, "3301", "",
                List.of("3415"), Fixtures.NOW, null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Trip(VehicleType.COACH_45, null, "3301", "东站",
                List.of("3415", "3401", "3402", "3403", "3404", "3405"), Fixtures.NOW, null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Trip(VehicleType.TRAIN_BLOCK, null, "3301", "东站",
                List.of("3415"), Fixtures.NOW, null, null, NOW));
        assertEquals(120, new Trip(VehicleType.TRAIN_BLOCK, 120, "3301", "杭州东站", List.of("3415"), Fixtures.NOW,
                null, null, NOW).capacity());
        assertEquals(19, new Trip(VehicleType.MINIBUS_19, null, "3301", "东站", List.of("3415"), Fixtures.NOW,
                null, null, NOW).capacity());
    }
}
