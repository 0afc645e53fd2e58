package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a trip may be entered and when its passengers may be checked in. */
class CheckInWindowTest {

    private Trip published() {
        Trip trip = Fixtures.coach();
        TripRequest r = Fixtures.confirmed(2);
        trip.assign(r, List.of(), null, NOW);
        trip.publish(List.of(r), NOW.plus(Duration.ofHours(24)), NOW);
        return trip;
    }

    @Test
    void checkInOpensTwelveHoursBeforeDepartureAndNotWeeksAhead() {
        Trip trip = published();
        TripRuleException early = assertThrows(TripRuleException.class, () -> trip.requireCheckInOpen(NOW));
        assertTrue(early.getMessage().contains("opens 12 hours before departure"), early.getMessage());
        Instant justBefore = trip.departsAt().minus(Trip.CHECK_IN_OPENS_BEFORE).minusSeconds(1);
        assertThrows(TripRuleException.class, () -> trip.requireCheckInOpen(justBefore));
        assertDoesNotThrow(() -> trip.requireCheckInOpen(trip.departsAt().minus(Trip.CHECK_IN_OPENS_BEFORE)));
        assertDoesNotThrow(() -> trip.requireCheckInOpen(trip.departsAt().plus(Duration.ofMinutes(20))),
                "a late coach still boards until it is marked departed");
    }

    @Test
    void checkInIsClosedForADraftAndAfterDeparture() {
        Trip draft = Fixtures.coach();
        assertThrows(TripRuleException.class, () -> draft.requireCheckInOpen(draft.departsAt()));
        Trip left = published();
        left.depart(left.departsAt(), Duration.ofMinutes(30));
        assertThrows(TripRuleException.class, () -> left.requireCheckInOpen(left.departsAt()));
    }

    @Test
    void departedIsRefusedBeforeTheMarginAndAllowedFromIt() {
        Trip trip = published();
        Duration margin = Duration.ofMinutes(30);
        Instant from = trip.departsAt().minus(margin);
        TripRuleException early = assertThrows(TripRuleException.class, () -> trip.depart(from.minusSeconds(1), margin));
        assertTrue(early.getMessage().contains("can be marked departed from"), early.getMessage());
        assertDoesNotThrow(() -> trip.depart(from, margin));
        assertTrue(trip.status() == TripStatus.DEPARTED);
    }

    @Test
    void aNewDepartureMustLieInTheFuture() {
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> Trip.requireFutureDeparture(NOW.minus(Duration.ofDays(2000)), NOW));
        assertTrue(past.getMessage().contains("not in the future"), past.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Trip.requireFutureDeparture(NOW, NOW));
        assertDoesNotThrow(() -> Trip.requireFutureDeparture(NOW.plusSeconds(60), NOW));
    }
}
