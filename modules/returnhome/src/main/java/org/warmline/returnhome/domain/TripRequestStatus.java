package org.warmline.returnhome.domain;

/**
 * Where a trip request stands (issue 6, item 1). The dialog's states come first; the rest follow
 * trip planning. Transitions live on {@link TripRequest}; a request is one party and is never split.
 *
 * <pre>
 * AWAITING_CONFIRMATION ─confirm→ CONFIRMED ─publish/offer→ OFFERED ─1→ SEAT_CONFIRMED ─check-in→ BOARDED | NO_SHOW
 *        └─discard→ DISCARDED      │  ↑                        ├─2→ DECLINED
 *                                  └waitlist→ WAITLISTED ─offer→┘ └─deadline→ EXPIRED
 * CONFIRMED, WAITLISTED, OFFERED, SEAT_CONFIRMED ─worker (or staff for them) cancels→ CANCELLED
 * OFFERED, SEAT_CONFIRMED ─new day or destination off its published trip→ WAITLISTED (seats released)
 * </pre>
 * Changes of party size, day and destination keep the status otherwise ({@link TripRequest#amend}).
 */
public enum TripRequestStatus {
    /** All fields filled by the dialog; waiting for the worker's 对/yes. */
    AWAITING_CONFIRMATION,
    /** The worker confirmed the request: "new" for coordinators, waiting for a seat (may sit in a draft trip). */
    CONFIRMED,
    /** The worker said no or started over before confirming. */
    DISCARDED,
    /** A seat on a published trip was offered; waiting for 1 (confirm) or 2 (decline) until the deadline. */
    OFFERED,
    /** The worker confirmed the offered seat. */
    SEAT_CONFIRMED,
    /** The worker declined the offered seat (reply 2); the seats went back to the trip. */
    DECLINED,
    /** No answer by the offer deadline; the seats were released to the waitlist. */
    EXPIRED,
    /** No seat yet; first in line when seats are released or a trip is cancelled. */
    WAITLISTED,
    /** Checked in at boarding. */
    BOARDED,
    /** Held a seat but did not show up at boarding. */
    NO_SHOW,
    /** Cancelled by the worker (or by staff on the worker's behalf). */
    CANCELLED;

    /** @return whether a request in this status holds seats on its trip (counts against capacity) */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == WAITLISTED || this == OFFERED || this == SEAT_CONFIRMED
                || this == BOARDED || this == NO_SHOW;
    }

    /** @return whether the request still waits for a seat (planning pool when it has no trip) */
    public boolean waitsForSeat() {
        return this == CONFIRMED || this == WAITLISTED;
    }

    /** @return whether nothing more happens to the request */
    public boolean isFinal() {
        return this == DISCARDED || this == DECLINED || this == EXPIRED || this == BOARDED
                || this == NO_SHOW || this == CANCELLED;
    }
}
