package org.warmline.returnhome.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and trips built in tests (ids given by hand; nothing persisted). */
final class Fixtures {

    static final Instant NOW = LocalDateTime.of(2027, 1, 20, 9, 0).atZone(Trip.ZONE).toInstant();
    static final LocalDate DAY = LocalDate.of(2027, 1, 29);
    private static long ids = 1000;

    private Fixtures() {
    }

    /** @return a CONFIRMED request Hangzhou → 六安 金安区 on DAY */
    static TripRequest confirmed(int people) {
        return confirmed(people, "341502", DAY, null, null);
    }

    static TripRequest confirmed(int people, String destination, LocalDate day, LocalDate earliest, LocalDate latest) {
        TripRequest r = new TripRequest(7, "conv-" + ids, destination, "3301", day, new PartySize(people), NOW);
        r.change(destination, "3301", day, earliest, latest, null, new PartySize(people));
        r.identify(++ids);
        r.confirm(NOW);
        return r;
    }

    /** @return a DRAFT 45-seat coach from Hangzhou on DAY 08:00 to 六安 and 合肥 */
    static Trip coach() {
        Trip t = new Trip(VehicleType.COACH_45, null, "3301", "杭州汽车东站", List.of("3415", "3401"),
                DAY.atTime(8, 0).atZone(Trip.ZONE).toInstant(), "浙运", "王师傅 13900000000", NOW);
        t.identify(++ids);
        return t;
    }

    /** @param trip a draft trip @param parties how many parties of six to seat @return the parties seated, in order */
    static List<TripRequest> seatSixes(Trip trip, int parties) {
        List<TripRequest> on = new java.util.ArrayList<>();
        for (int i = 0; i < parties; i++) {
            TripRequest r = confirmed(6);
            trip.assign(r, on, null, NOW);
            on.add(r);
        }
        return on;
    }
}
