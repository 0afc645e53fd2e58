package org.warmline.returnhome.domain;

/**
 * The rules of trips and trip requests a coordinator's action can break (issue 6, items 3-5; issue 10), each
 * with the stable code the staff API sends in its 409 problem+json ({@code "code": "trip.seats-exceeded"}), so
 * the coordinators' page explains the refusal in its own language without reading the English detail.
 */
public enum TripRule {
    /** The party does not fit the vehicle's free seats (a party is never split). */
    SEATS_EXCEEDED("trip.seats-exceeded"),
    /** The party is on a trip already: a party is never split or on two trips. */
    PARTY_SPLIT("trip.party-split"),
    /** The departure day lies outside the party's travel window. */
    OUTSIDE_WINDOW("trip.outside-window"),
    /** The party's destination is not served by a stop of the trip. */
    NOT_A_STOP("trip.not-a-stop"),
    /** The party starts in another city than the trip. */
    OTHER_ORIGIN("trip.other-origin"),
    /** The trip's status does not allow the action (e.g. a departed trip changed). */
    TRIP_STATUS("trip.status"),
    /** The request's status does not allow the action (e.g. a cancelled request offered a seat). */
    REQUEST_STATUS("trip.request-status"),
    /** A party moved to the trip it is on already. */
    SAME_TRIP("trip.same-trip"),
    /** The request is not on the trip the action names. */
    NOT_ON_TRIP("trip.not-on-trip"),
    /** The trip leaves too soon for seats to be offered. */
    LEAVES_TOO_SOON("trip.leaves-too-soon"),
    /** A trip without passengers is not published. */
    NO_PASSENGERS("trip.no-passengers"),
    /** A confirmation or offer deadline outside now..departure. */
    DEADLINE("trip.deadline"),
    /** Check-in opens 12 hours before departure. */
    CHECK_IN_EARLY("trip.check-in-early"),
    /** Only a party whose seat is confirmed (replied 1) is checked in. */
    SEAT_UNCONFIRMED("trip.seat-unconfirmed"),
    /** Too early to mark the trip departed. */
    DEPART_EARLY("trip.depart-early"),
    /** The seat offer's deadline has passed. */
    OFFER_EXPIRED("trip.offer-expired");

    private final String code;

    TripRule(String code) {
        this.code = code;
    }

    /** @return the stable rule code of the problem+json body, e.g. {@code trip.seats-exceeded} */
    public String code() {
        return code;
    }
}
