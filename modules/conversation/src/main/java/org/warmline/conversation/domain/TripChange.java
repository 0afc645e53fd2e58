package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.warmline.core.domain.place.Place;

/**
 * A change of their trip request that a worker asks for (issue 10, point 4), as the dialog read it:
 * "改成5个人" (party size), "改到腊月二十八" / "change the date to Jan 30" (a day), "晚两天走" (a day
 * relative to the request's), "改成回衡阳" (destination), "不回了，取消" / "cancel my trip".
 *
 * @param kind            what changes
 * @param partySize       the new party size, 1..60 (PARTY_SIZE), else null
 * @param travelDate      the new day, Asia/Shanghai (TRAVEL_DATE said as a day), else null
 * @param shiftDays       days later (positive) or earlier (negative) than the request's day, else null
 * @param destinationCode GB/T 2260 code of the new destination (DESTINATION), else null
 */
public record TripChange(Kind kind, Integer partySize, LocalDate travelDate, Integer shiftDays, String destinationCode) {

    /** What changes. */
    public enum Kind {
        /** How many people travel. */
        PARTY_SIZE,
        /** The travel day. */
        TRAVEL_DATE,
        /** Where the party goes. */
        DESTINATION,
        /** The request is cancelled. */
        CANCEL
    }

    /** @throws IllegalArgumentException if the value of the kind is missing, out of range or malformed */
    public TripChange {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case PARTY_SIZE -> {
                if (partySize == null || partySize < 1 || partySize > 60) {
                    throw new IllegalArgumentException("party size must be 1..60, was " + partySize);
                }
            }
            case TRAVEL_DATE -> {
                if (travelDate == null && shiftDays == null) {
                    throw new IllegalArgumentException("a new day or a shift is needed");
                }
            }
            case DESTINATION -> {
                if (destinationCode == null || !Place.isCode(destinationCode)) {
                    throw new IllegalArgumentException("not a division code: " + destinationCode);
                }
            }
            case CANCEL -> { }
        }
    }
}
