package org.warmline.returnhome.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of their confirmed or waiting trip request that a worker asks for in the dialog (issue 10,
 * point 4): "改成5个人", "改到腊月二十八", "晚两天走", "改成回衡阳", "不回了，取消".
 *
 * @param kind            what changes
 * @param partySize       the new party size (PARTY_SIZE), 1..60 is checked by returnhome; else null
 * @param travelDate      the new travel day, Asia/Shanghai (TRAVEL_DATE with an absolute day), else null
 * @param shiftDays       days later (positive) or earlier (negative) than the request's day (TRAVEL_DATE
 *                        said relatively, "晚两天走"), else null; returnhome turns it into {@code travelDate}
 * @param destinationCode GB/T 2260 code of the new destination (DESTINATION), else null
 */
public record WorkerTripChange(Kind kind, Integer partySize, LocalDate travelDate, Integer shiftDays,
                               String destinationCode) {

    /** What the worker wants changed. */
    public enum Kind {
        /** How many people travel. */
        PARTY_SIZE,
        /** The travel day. */
        TRAVEL_DATE,
        /** Where they go. */
        DESTINATION,
        /** Cancel the request. */
        CANCEL
    }

    /** @throws NullPointerException without a kind */
    public WorkerTripChange {
        Objects.requireNonNull(kind, "kind");
    }
}
