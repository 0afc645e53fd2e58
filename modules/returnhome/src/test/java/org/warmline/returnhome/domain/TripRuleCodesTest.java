package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.warmline.returnhome.domain.Fixtures.DAY;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.refusal.Refusal;

/**
 * Every trip refusal names its rule by a stable code (issue 11, point 4), so the coordinators' page explains it
 * without reading the English message: the broken rule decides the code, not the wording.
 */
class TripRuleCodesTest {

    @Test
    void aPartyTooBigForTheFreeSeatsIsRefusedAsSeatsExceeded() {
        Trip trip = Fixtures.coach();
        List<TripRequest> on = Fixtures.seatSixes(trip, 7);
        TripRuleException e = assertThrows(TripRuleException.class, () -> trip.assign(Fixtures.confirmed(4), on, null, NOW));
        assertEquals(TripRule.SEATS_EXCEEDED, e.rule());
        assertEquals("trip.seats-exceeded", e.code());
        assertEquals(Refusal.Kind.RULE, e.kind());
    }

    @Test
    void aPartyThatDoesNotFitTheTripIsRefusedByTheRuleItBreaks() {
        Trip trip = Fixtures.coach();   // 杭州 → 六安, 合肥 on DAY
        assertEquals("trip.outside-window", assertThrows(TripRuleException.class, () -> trip.assign(
                Fixtures.confirmed(2, "341502", DAY.minusDays(1), null, null), List.of(), null, NOW)).code());
        assertEquals("trip.not-a-stop", assertThrows(TripRuleException.class, () -> trip.assign(
                Fixtures.confirmed(1, "341200", DAY, null, null), List.of(), null, NOW)).code());
        TripRequest fromGuangzhou = new TripRequest(1, "c", "341502", "4401", DAY, new PartySize(1), NOW);
        fromGuangzhou.identify(1);
        fromGuangzhou.confirm(NOW);
        assertEquals("trip.other-origin", assertThrows(TripRuleException.class,
                () -> trip.assign(fromGuangzhou, List.of(), null, NOW)).code());
    }

    @Test
    void aPartyOnATripAlreadyIsRefusedAsSplit() {
        TripRequest party = Fixtures.confirmed(5);
        Fixtures.coach().assign(party, List.of(), null, NOW);
        assertEquals("trip.party-split", assertThrows(TripRuleException.class,
                () -> Fixtures.coach().assign(party, List.of(), null, NOW)).code());
    }

    @Test
    void anEmptyTripIsNotPublishedAndSaysSo() {
        Trip trip = Fixtures.coach();
        TripRuleException e = assertThrows(TripRuleException.class,
                () -> trip.publish(List.of(), trip.departsAt().minusSeconds(3600), NOW));
        assertEquals("trip.no-passengers", e.code());
    }

    @Test
    void everyRuleHasItsOwnCodeUnderTrip() {
        List<String> codes = Arrays.stream(TripRule.values()).map(TripRule::code).toList();
        assertEquals(codes.size(), codes.stream().distinct().count(), "codes are unique: " + codes);
        codes.forEach(c -> assertEquals(true, c.matches("trip\\.[a-z]+(-[a-z]+)*"), c));
    }

    @Test
    void aRefusedChangeIsAConflictUnlessTheValueIsWrongInItself() {
        TripChangeRefused noRoom = new TripChangeRefused(TripChangeRefused.Reason.NO_ROOM, 3, "only 3 seats free");
        assertEquals("trip-change.no-room", noRoom.code());
        assertEquals(Refusal.Kind.RULE, noRoom.kind());
        assertEquals(Map.of("reason", "NO_ROOM", "number", 3), noRoom.members());
        TripChangeRefused past = new TripChangeRefused(TripChangeRefused.Reason.PAST_DATE, 0, "travel day has passed");
        assertEquals("trip-change.past-date", past.code());
        assertEquals(Refusal.Kind.INVALID, past.kind());
        assertEquals("Change refused", past.title());
    }
}
