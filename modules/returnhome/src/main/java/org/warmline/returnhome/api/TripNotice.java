package org.warmline.returnhome.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The worker's current trip as the bot tells it (我的车几点走, issue 6 item 8): the newest request that
 * is still alive (waiting for a seat, offered, seat confirmed).
 *
 * @param requestId   the trip request
 * @param status      its status name (CONFIRMED, WAITLISTED, OFFERED, SEAT_CONFIRMED)
 * @param tripId      the published trip, or null while waiting for a seat
 * @param date        departure date (or the asked travel date while waiting), Asia/Shanghai
 * @param time        departure time, Asia/Shanghai, or null while waiting
 * @param pickupPoint where to board, or null while waiting
 * @param seats       seats held (the party size)
 * @param confirmBy   deadline of an open offer, or null
 * @param text        a ready answer in the worker's language, within two SMS segments
 */
public record TripNotice(long requestId, String status, Long tripId, LocalDate date, LocalTime time,
                         String pickupPoint, int seats, Instant confirmBy, String text) {
}
