package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every transition of the trip-request lifecycle (issue 6, item 1), allowed and refused. */
class TripRequestLifecycleTest {

    private final Instant deadline = NOW.plus(Duration.ofHours(24));

    private TripRequest offered(int people) {
        Trip trip = Fixtures.coach();
        TripRequest r = Fixtures.confirmed(people);
        trip.assign(r, List.of(), null, NOW);
        trip.publish(List.of(r), deadline, NOW);
        return r;
    }

    @Test
    void dialogConfirmsOrDiscardsADraft() {
        TripRequest r = new TripRequest(1, "c", "341502", "3301", Fixtures.DAY, new PartySize(2), NOW);
        assertEquals(TripRequestStatus.AWAITING_CONFIRMATION, r.status());
        r.confirm(NOW);
        assertEquals(TripRequestStatus.CONFIRMED, r.status());
        assertThrows(IllegalStateException.class, r::discard);
        TripRequest other = new TripRequest(1, "c", "341502", "3301", Fixtures.DAY, new PartySize(2), NOW);
        other.discard();
        assertEquals(TripRequestStatus.DISCARDED, other.status());
        assertThrows(IllegalStateException.class, () -> other.confirm(NOW));
    }

    @Test
    void travelWindowMustContainTheTravelDateAndDefaultsToIt() {
        TripRequest r = Fixtures.confirmed(1);
        assertEquals(Fixtures.DAY, r.earliestDate());
        assertEquals(Fixtures.DAY, r.latestDate());
        TripRequest draft = new TripRequest(1, "c", "341502", "3301", Fixtures.DAY, new PartySize(2), NOW);
        assertThrows(IllegalArgumentException.class, () -> draft.change("341502", "3301", Fixtures.DAY,
                Fixtures.DAY.plusDays(1), null, null, new PartySize(2)));
    }

    @Test
    void publishingOffersTheSeatsUntilTheDeadline() {
        TripRequest r = offered(2);
        assertEquals(TripRequestStatus.OFFERED, r.status());
        assertEquals(deadline, r.offerDeadline());
        assertTrue(r.hasOpenOffer(NOW));
    }

    @Test
    void replyOneConfirmsTheSeat() {
        TripRequest r = offered(2);
        r.accept(NOW.plusSeconds(60));
        assertEquals(TripRequestStatus.SEAT_CONFIRMED, r.status());
    }

    @Test
    void replyTwoDeclinesAndReleasesTheSeats() {
        TripRequest r = offered(2);
        r.decline(NOW.plusSeconds(60));
        assertEquals(TripRequestStatus.DECLINED, r.status());
        assertTrue(!r.status().holdsSeat());
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefused() {
        TripRequest r = offered(2);
        assertThrows(TripRuleException.class, () -> r.accept(deadline));
        assertThrows(TripRuleException.class, () -> r.decline(deadline.plusSeconds(1)));
    }

    @Test
    void unansweredOfferExpiresOnlyAfterTheDeadline() {
        TripRequest r = offered(2);
        assertThrows(TripRuleException.class, () -> r.expire(deadline.minusSeconds(1)));
        r.expire(deadline);
        assertEquals(TripRequestStatus.EXPIRED, r.status());
        assertTrue(!r.status().holdsSeat());
    }

    @Test
    void onlyAConfirmedRequestWithoutATripIsWaitlisted() {
        TripRequest r = Fixtures.confirmed(1);
        r.waitlist();
        assertEquals(TripRequestStatus.WAITLISTED, r.status());
        assertThrows(TripRuleException.class, r::waitlist);
        TripRequest onTrip = Fixtures.confirmed(1);
        Fixtures.coach().assign(onTrip, List.of(), null, NOW);
        assertThrows(TripRuleException.class, onTrip::waitlist);
    }

    @Test
    void checkInMarksBoardedOrNoShowAndCanBeCorrected() {
        TripRequest r = offered(2);
        r.accept(NOW);
        r.board();
        assertEquals(TripRequestStatus.BOARDED, r.status());
        r.noShow();
        assertEquals(TripRequestStatus.NO_SHOW, r.status());
        r.board();
        assertEquals(TripRequestStatus.BOARDED, r.status());
        TripRequest waiting = Fixtures.confirmed(1);
        assertThrows(TripRuleException.class, waiting::board);
        assertThrows(TripRuleException.class, waiting::noShow);
    }

    @Test
    void aSeatOnlyOfferedIsNeitherBoardedNorANoShow() {
        TripRequest r = offered(2);
        TripRuleException board = assertThrows(TripRuleException.class, r::board);
        assertTrue(board.getMessage().contains("OFFERED") && board.getMessage().contains("SEAT_CONFIRMED"),
                board.getMessage());
        assertThrows(TripRuleException.class, r::noShow);
        assertEquals(TripRequestStatus.OFFERED, r.status());
    }

    @Test
    void workerCancelsFromAnyLiveStatusButNotAfterTravel() {
        for (TripRequest r : List.of(Fixtures.confirmed(1), offered(1))) {
            r.cancelByWorker(NOW);
            assertEquals(TripRequestStatus.CANCELLED, r.status());
        }
        TripRequest seated = offered(1);
        seated.accept(NOW);
        seated.cancelByWorker(NOW);
        assertEquals(TripRequestStatus.CANCELLED, seated.status());
        TripRequest waitlisted = Fixtures.confirmed(1);
        waitlisted.waitlist();
        waitlisted.cancelByWorker(NOW);
        assertNull(waitlisted.tripId());
        TripRequest boarded = offered(1);
        boarded.accept(NOW);
        boarded.board();
        assertThrows(TripRuleException.class, () -> boarded.cancelByWorker(NOW));
        TripRequest draft = new TripRequest(1, "c", "341502", "3301", Fixtures.DAY, new PartySize(2), NOW);
        assertThrows(TripRuleException.class, () -> draft.cancelByWorker(NOW));
    }

    @Test
    void cancellingAPublishedTripWaitlistsItsPassengersOnNoTrip() {
        Trip trip = Fixtures.coach();
        TripRequest a = Fixtures.confirmed(2);
        TripRequest b = Fixtures.confirmed(3);
        List<TripRequest> on = new ArrayList<>();
        trip.assign(a, on, null, NOW);
        on.add(a);
        trip.assign(b, on, null, NOW);
        on.add(b);
        trip.publish(on, deadline, NOW);
        b.accept(NOW);
        trip.cancel(on);
        assertEquals(TripStatus.CANCELLED, trip.status());
        for (TripRequest r : on) {
            assertEquals(TripRequestStatus.WAITLISTED, r.status());
            assertNull(r.tripId());
        }
    }

    @Test
    void cancellingADraftReturnsItsPartiesToThePoolUnchanged() {
        Trip trip = Fixtures.coach();
        TripRequest a = Fixtures.confirmed(2);
        trip.assign(a, List.of(), null, NOW);
        trip.cancel(List.of(a));
        assertEquals(TripRequestStatus.CONFIRMED, a.status());
        assertNull(a.tripId());
    }

    @Test
    void finalStatusesAreFinal() {
        TripRequest declined = offered(1);
        declined.decline(NOW);
        assertThrows(TripRuleException.class, () -> declined.accept(NOW));
        assertThrows(TripRuleException.class, () -> declined.cancelByWorker(NOW));
        assertThrows(TripRuleException.class, () -> Fixtures.coach().assign(declined, List.of(), null, NOW));
        assertTrue(declined.status().isFinal());
    }
}
