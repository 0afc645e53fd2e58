package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Passenger notices of issue 6 on the packaged server, observed as SMS outbox rows (simulator
 * transport): the 24-hour reminder, the seats of an unanswered offer going to the waitlist after the
 * confirmation deadline, and a change and a cancellation of a published trip told to every passenger
 * in one batch. The deadline job runs every five minutes on its own; the test calls the same use case
 * through the staff trigger {@code POST /api/returnhome/deadlines/run} instead of waiting. The server's
 * clock starts at {@link WarmlineServer#FIXED_CLOCK} (2026-12-01 09:00, Asia/Shanghai) and then runs.
 */
class TripNoticesIT {

    private static WarmlineServer server;
    private static Console coordinator;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        coordinator = Console.basic(server, "coordinator", WarmlineServer.DEMO_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A worker texts a trip request and confirms it; @return the confirmed request */
    private static JsonObject confirmed(String phone, String masked, String text) throws Exception {
        assertEquals(200, Http.sms(server, sid(), phone, text).statusCode());
        assertEquals(200, Http.sms(server, sid(), phone, "对").statusCode());
        return Http.getArray(server, "/api/returnhome/requests?status=CONFIRMED").stream().map(JsonValue::asJsonObject)
                .filter(r -> masked.equals(r.getString("phone"))).findFirst().orElseThrow();
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static List<JsonObject> outbox(String phone, Predicate<JsonObject> which) throws Exception {
        return Outbox.list(server, phone).stream().map(JsonValue::asJsonObject).filter(which).toList();
    }

    private static Predicate<JsonObject> body(String kind, String text) {
        return m -> kind.equals(m.getString("kind", null)) && m.getString("body").contains(text);
    }

    /** Waits until the phone's messages matching {@code which} have left the queue (so a later notice is not merged). */
    private static void awaitSent(String phone, Predicate<JsonObject> which) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            List<JsonObject> found = outbox(phone, which);
            if (!found.isEmpty() && found.stream().noneMatch(m -> "QUEUED".equals(m.getString("status")))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not sent within 30 s: " + Outbox.list(server, phone));
    }

    private static JsonObject request(long id) throws Exception {
        return Http.getArray(server, "/api/returnhome/requests?limit=1000").stream().map(JsonValue::asJsonObject)
                .filter(r -> id(r) == id).findFirst().orElseThrow();
    }

    private static JsonObject trip(String vehicle, String extra, String stop, String departure) throws Exception {
        return coordinator.ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"" + vehicle + "\"," + extra
                + "\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"" + stop + "\"],"
                + "\"departure\":\"" + departure + "\"}");
    }

    @Test
    void theReminderGoesOutOnceToConfirmedPassengers24HoursBeforeDeparture() throws Exception {
        String phone = "+8613800138101";
        JsonObject r = confirmed(phone, "138****8101", "明天从杭州回安徽六安，1个人");
        assertEquals("2026-12-02", r.getString("travelDate"));
        // leaves 23 hours after the server's "now": inside the reminder window from the start
        long tripId = id(trip("MINIBUS_19", "", "3415", "2026-12-02T08:00"));
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + id(r) + "]}");
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
        awaitSent(phone, body("NOTICE", "回复1确认"));
        assertEquals(200, Http.sms(server, sid(), phone, "1").statusCode());
        assertEquals("SEAT_CONFIRMED", request(id(r)).getString("status"));

        coordinator.ok("POST", "/api/returnhome/deadlines/run", null);
        coordinator.ok("POST", "/api/returnhome/deadlines/run", null);
        List<JsonObject> reminders = outbox(phone, body("NOTICE", "【暖心热线】返乡提醒"));
        assertEquals(1, reminders.size(), "one reminder, however often the job runs: " + Outbox.list(server, phone));
        String text = reminders.get(0).getString("body");
        assertTrue(text.contains("12月2日 08:00") && text.contains("杭州汽车东站") && text.contains("1座"), text);
    }

    @Test
    void anUnansweredOfferReleasesItsSeatsToTheWaitlistAfterTheDeadline() throws Exception {
        String late = "+8613800138201";
        String waiting = "+8613800138202";
        JsonObject first = confirmed(late, "138****8201", "腊月二十二从杭州回安徽六安，2个人");
        Instant serverNow = Instant.parse(first.getString("createdAt"));
        long started = System.nanoTime();
        JsonObject second = confirmed(waiting, "138****8202", "腊月二十二从杭州回安徽六安，2个人");
        assertEquals("WAITLISTED", coordinator.ok("POST", "/api/returnhome/requests/" + id(second) + "/waitlist", null)
                .getString("status"));
        // a group-ticket block of 2 seats: full with the first party
        long tripId = id(trip("TRAIN_BLOCK", "\"blockSeats\":2,", "3415", "2027-01-29T08:00"));
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + id(first) + "]}");
        Instant deadline = serverNow.plusNanos(System.nanoTime() - started).plusSeconds(6);
        JsonObject published = coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/publish",
                "{\"confirmBy\":\"" + deadline + "\"}");
        assertEquals(deadline, Instant.parse(published.getString("confirmBy")));

        // before the deadline: nothing to release
        JsonObject early = coordinator.ok("POST", "/api/returnhome/deadlines/run", null);
        assertEquals(0, early.getInt("offered"), early.toString());
        assertEquals("OFFERED", request(id(first)).getString("status"));
        assertEquals(List.of(), outbox(waiting, body("NOTICE", "回复1确认")));

        Thread.sleep(Duration.ofSeconds(7).toMillis());
        coordinator.ok("POST", "/api/returnhome/deadlines/run", null);
        assertEquals("EXPIRED", request(id(first)).getString("status"));
        JsonObject now = request(id(second));
        assertEquals("OFFERED", now.getString("status"));
        assertEquals(tripId, now.getJsonNumber("tripId").longValue());
        List<JsonObject> offers = outbox(waiting, body("NOTICE", "回复1确认"));
        assertEquals(1, offers.size(), Outbox.list(server, waiting).toString());
        assertTrue(offers.get(0).getString("body").contains("1月29日 08:00") && offers.get(0).getString("body").contains("2座"),
                offers.get(0).getString("body"));
    }

    @Test
    void aChangeAndACancellationAreToldToEveryPassengerInOneBatch() throws Exception {
        List<String> phones = List.of("+8613800138301", "+8613800138302", "+8613800138303");
        StringBuilder ids = new StringBuilder();
        for (String phone : phones) {
            JsonObject r = confirmed(phone, "138****" + phone.substring(phone.length() - 4), "腊月二十二从杭州回安徽阜阳，2个人");
            ids.append(ids.length() == 0 ? "" : ",").append(id(r));
        }
        // 阜阳 (3412): no other test's waitlisted party fits this trip
        long tripId = id(trip("COACH_45", "", "3412", "2027-01-29T08:00"));
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + ids + "]}");
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
        for (String phone : phones) {
            awaitSent(phone, body("NOTICE", "回复1确认"));
        }

        JsonObject changed = coordinator.ok("PUT", "/api/returnhome/trips/" + tripId, "{\"vehicleType\":\"COACH_45\","
                + "\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车北站\",\"stops\":[\"3412\"],"
                + "\"departure\":\"2027-01-29T09:30\"}");
        assertEquals("PUBLISHED", changed.getString("status"));
        for (String phone : phones) {
            List<JsonObject> told = outbox(phone, body("BULK", "【暖心热线】返乡变更"));
            assertEquals(1, told.size(), Outbox.list(server, phone).toString());
            assertTrue(told.get(0).getString("body").contains("1月29日 09:30") && told.get(0).getString("body").contains("杭州汽车北站"),
                    told.get(0).getString("body"));
            awaitSent(phone, body("BULK", "【暖心热线】返乡变更"));
        }
        assertTrue(server.output().stream().anyMatch(l -> l.contains("Trip " + tripId + " changed: 3 parties told in one batch")),
                server.tail(40));

        assertEquals("CANCELLED", coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/cancel", null).getString("status"));
        for (String phone : phones) {
            List<JsonObject> told = outbox(phone, body("BULK", "已取消"));
            assertEquals(1, told.size(), Outbox.list(server, phone).toString());
            assertTrue(told.get(0).getString("body").contains("1月29日 09:30"), told.get(0).getString("body"));
        }
        assertTrue(server.output().stream().anyMatch(l -> l.contains("Trip " + tripId + " cancelled: 3 parties told in one batch")),
                server.tail(40));
        List<String> mine = List.of(ids.toString().split(","));
        assertEquals(3, Http.getArray(server, "/api/returnhome/requests?status=WAITLISTED").stream()
                .map(JsonValue::asJsonObject).filter(r -> mine.contains(String.valueOf(id(r)))).count(),
                "cancelled passengers are waitlisted");
    }
}
