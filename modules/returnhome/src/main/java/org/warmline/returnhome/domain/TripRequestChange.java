package org.warmline.returnhome.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One change a worker or a member of staff asks for on a confirmed or waiting trip request (issue 10,
 * point 4): a new party size, a new travel day, a new destination, or a cancellation. Exactly the value
 * of its {@link Kind} is set.
 *
 * @param kind            what changes
 * @param partySize       the new party (PARTY_SIZE), else null
 * @param travelDate      the new travel day in Asia/Shanghai (TRAVEL_DATE), else null
 * @param destinationCode GB/T 2260 code of the new destination (DESTINATION), else null
 */
public record TripRequestChange(Kind kind, PartySize partySize, LocalDate travelDate, String destinationCode) {

    /** What a change touches. */
    public enum Kind {
        /** How many people travel. */
        PARTY_SIZE,
        /** The travel day (the window becomes that day). */
        TRAVEL_DATE,
        /** Where the party goes. */
        DESTINATION,
        /** The request is cancelled. */
        CANCEL
    }

    /** @throws IllegalArgumentException if the value of the kind is missing or a code is malformed */
    public TripRequestChange {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case PARTY_SIZE -> Objects.requireNonNull(partySize, "partySize");
            case TRAVEL_DATE -> Objects.requireNonNull(travelDate, "travelDate");
            case DESTINATION -> destinationCode = PlaceCodes.require(destinationCode);
            case CANCEL -> { }
        }
    }

    /** @param people the new party size @return the change */
    public static TripRequestChange partySize(int people) {
        return new TripRequestChange(Kind.PARTY_SIZE, new PartySize(people), null, null);
    }

    /** @param day the new travel day @return the change */
    public static TripRequestChange travelDate(LocalDate day) {
        return new TripRequestChange(Kind.TRAVEL_DATE, null, day, null);
    }

    /** @param code GB/T 2260 code of the new destination @return the change */
    public static TripRequestChange destination(String code) {
        return new TripRequestChange(Kind.DESTINATION, null, null, code);
    }

    /** @return a cancellation */
    public static TripRequestChange cancel() {
        return new TripRequestChange(Kind.CANCEL, null, null, null);
    }
}
