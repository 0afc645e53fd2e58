package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.DAY;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Editing a planner's proposal (issue 6, item 5) with {@link Trip#moveTo}: a party moves whole from one
 * draft to another, and a move the target refuses changes nothing.
 */
class ProposalEditTest {

    private static Trip draft(VehicleType type, long id, String... stops) {
        Trip t = new Trip(type, null, "3301", "杭州汽车东站", List.of(stops), DAY.atTime(8, 0).atZone(Trip.ZONE).toInstant(),
                null, null, NOW);
        t.identify(id);
        return t;
    }

    /** @return a confirmed party of {@code people} placed in the draft {@code trip} */
    private static TripRequest placedIn(Trip trip, int people) {
        TripRequest party = Fixtures.confirmed(people);
        trip.assign(party, List.of(), null, NOW);
        return party;
    }

    @Test
    void aPartyMovesWholeToAnotherDraft() {
        Trip from = Fixtures.coach();
        Trip to = Fixtures.coach();
        TripRequest party = placedIn(from, 5);
        List<TripRequest> onTarget = new ArrayList<>(List.of(placedIn(to, 2)));

        from.moveTo(to, party, onTarget, NOW);

        assertEquals(to.id(), party.tripId());
        assertEquals(TripRequestStatus.CONFIRMED, party.status(), "a draft offers nothing, so nobody is told");
        onTarget.add(party);
        assertEquals(7, to.seatsTaken(onTarget));
    }

    @Test
    void aMoveToATripThatDoesNotStopAtTheDestinationLeavesThePartyWhereItWas() {
        Trip from = Fixtures.coach();                              // 六安, 合肥
        Trip fuyang = draft(VehicleType.COACH_45, 9101, "3412");   // 阜阳 only
        TripRequest party = placedIn(from, 3);                     // to 六安 金安区
        TripRuleException e = assertThrows(TripRuleException.class, () -> from.moveTo(fuyang, party, List.of(), NOW));
        assertTrue(e.getMessage().contains("not on the trip's stops"), e.getMessage());
        assertEquals(from.id(), party.tripId());
    }

    @Test
    void aFullTargetRefusesTheWholePartyAndKeepsItTogether() {
        Trip from = Fixtures.coach();
        Trip minibus = draft(VehicleType.MINIBUS_19, 9102, "3415");
        List<TripRequest> onMinibus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TripRequest r = Fixtures.confirmed(6);
            minibus.assign(r, onMinibus, null, NOW);
            onMinibus.add(r);
        }
        TripRequest party = placedIn(from, 2);
        TripRuleException e = assertThrows(TripRuleException.class, () -> from.moveTo(minibus, party, onMinibus, NOW));
        assertTrue(e.getMessage().contains("capacity 19 seats exceeded: 18 taken, party of 2"), e.getMessage());
        assertEquals(from.id(), party.tripId());
    }

    @Test
    void onlyDraftsAreEditedAPublishedTripIsNeverTouched() {
        Trip from = Fixtures.coach();
        Trip published = Fixtures.coach();
        TripRequest seated = placedIn(published, 1);
        published.publish(List.of(seated), NOW.plusSeconds(3600), NOW);
        TripRequest party = placedIn(from, 2);
        TripRuleException into = assertThrows(TripRuleException.class,
                () -> from.moveTo(published, party, List.of(seated), NOW));
        assertTrue(into.getMessage().contains("PUBLISHED"), into.getMessage());
        assertEquals(from.id(), party.tripId());
        TripRuleException out = assertThrows(TripRuleException.class,
                () -> published.moveTo(from, seated, List.of(party), NOW));
        assertTrue(out.getMessage().contains("PUBLISHED"), out.getMessage());
        assertEquals(published.id(), seated.tripId());
    }
}
