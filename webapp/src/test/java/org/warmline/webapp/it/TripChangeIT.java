package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Change and cancel of a confirmed trip request on the packaged server (issue 10, point 4). The clock stands
 * at 2027-01-28 22:00 Asia/Shanghai, the evening before the 腊月二十二 (2027-01-29) coaches. A worker changes
 * party size and date and cancels by SMS, each after a 1/2 confirmation; a seat on a coach leaving within 12
 * hours is refused with the reason; staff change and cancel over the API with a reason (422 without),
 * audited, 403 for another centre's coordinator, 409 when the trip's seats do not allow it, and the worker
 * gets an SMS (a NOTICE row in the outbox) for every staff change.
 */
class TripChangeIT {

    private static final String PASSWORD = "change-password-123";
    private static WarmlineServer server;
    private static Console coordinator;
    private static Console operator;
    private static Console gdCoordinator;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared(Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00"));
        coordinator = Console.basic(server, "coordinator", WarmlineServer.DEMO_PASSWORD);
        operator = Console.basic(server, "operator", WarmlineServer.DEMO_PASSWORD);
        Console admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        admin.ok("POST", "/api/admin/users", "{\"username\":\"tc-gd-coord\",\"roles\":[\"COORDINATOR\"],\"centre\":\"GD\","
                + "\"password\":\"" + PASSWORD + "\"}");
        gdCoordinator = Console.basic(server, "tc-gd-coord", PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** @return the bot's reply to an SMS (the TwiML message text) */
    private static String sms(String phone, String text) throws Exception {
        HttpResponse<String> r = Http.sms(server, sid(), phone, text);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** A worker asks for a trip by SMS and confirms it. @return the request as staff see it */
    private static JsonObject confirmed(String phone, String masked, String text) throws Exception {
        sms(phone, text);
        sms(phone, "对");
        return request(masked);
    }

    /** @return the newest request of the worker with this masked phone */
    private static JsonObject request(String masked) throws Exception {
        return Http.getArray(server, "/api/returnhome/requests?limit=1000").stream().map(JsonValue::asJsonObject)
                .filter(r -> masked.equals(r.getString("phone"))).findFirst()
                .orElseThrow(() -> new AssertionError("no request of " + masked + "\n" + server.tail(30)));
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static List<String> notices(String phone) throws Exception {
        return Outbox.list(server, phone).stream().map(JsonValue::asJsonObject)
                .filter(m -> "NOTICE".equals(m.getString("kind", null))).map(m -> m.getString("body")).toList();
    }

    private static void assertProblem(int status, HttpResponse<String> r, String inDetail) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertTrue(r.body().contains(inDetail), r.body());
    }

    @Test
    void aWorkerChangesPartySizeAndDateBySmsEachAfterConfirming() throws Exception {
        String phone = "+8613800137001";
        String masked = "138****7001";
        JsonObject before = confirmed(phone, masked, "腊月二十二从杭州回安徽六安，2个人");
        assertEquals(2, before.getInt("partySize"));

        String asked = sms(phone, "改成5个人");
        assertTrue(asked.contains("5人") && asked.contains("回复1确认，2不改"), asked);
        assertEquals(2, request(masked).getInt("partySize"), "nothing changes before the worker's 1");
        String done = sms(phone, "1");
        assertTrue(done.contains("已改好") && done.contains("5人"), done);
        assertEquals(5, request(masked).getInt("partySize"));

        String kept = sms(phone, "我们变成3个人了");
        assertTrue(kept.contains("3人"), kept);
        assertTrue(sms(phone, "2").contains("不改"));
        assertEquals(5, request(masked).getInt("partySize"), "2 keeps the request as it was");

        String date = sms(phone, "改到腊月二十八");
        assertTrue(date.contains("2月4日") && date.contains("回复1确认"), date);
        assertTrue(sms(phone, "1").contains("2月4日"));
        JsonObject after = request(masked);
        assertEquals("2027-02-04", after.getString("travelDate"));
        assertEquals("CONFIRMED", after.getString("status"));
        assertEquals(id(before), id(after));
    }

    @Test
    void aWorkerCancelsBySmsAfterConfirming() throws Exception {
        String phone = "+8613800137002";
        String masked = "138****7002";
        confirmed(phone, masked, "腊月二十二从杭州回安徽六安，1个人");
        String asked = sms(phone, "不回了，取消");
        assertTrue(asked.contains("将取消") && asked.contains("回复1确认"), asked);
        assertEquals("CONFIRMED", request(masked).getString("status"));
        assertTrue(sms(phone, "1").contains("已取消"));
        assertEquals("CANCELLED", request(masked).getString("status"));
        assertTrue(sms(phone, "取消返乡").contains("没有可以修改或取消"), "nothing left to cancel");
    }

    @Test
    void aSeatOnACoachLeavingWithinTwelveHoursIsNotChangedBySmsButStaffAreBoundByItsSeats() throws Exception {
        String phone = "+8613800137003";
        String masked = "138****7003";
        long requestId = id(confirmed(phone, masked, "腊月二十二从杭州回安徽六安，1个人"));
        long tripId = id(coordinator.ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"MINIBUS_19\","
                + "\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],"
                + "\"departure\":\"2027-01-29T08:00\"}"));
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + requestId + "]}");
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
        sms(phone, "1");
        assertEquals("SEAT_CONFIRMED", request(masked).getString("status"));

        String refused = sms(phone, "改成3个人");
        assertTrue(refused.contains("不到12小时") && refused.contains("人工"), refused);
        assertFalse(refused.contains("回复1确认"), refused);
        String noCancel = sms(phone, "不回了，取消");
        assertTrue(noCancel.contains("不到12小时"), noCancel);
        JsonObject still = request(masked);
        assertEquals(1, still.getInt("partySize"));
        assertEquals("SEAT_CONFIRMED", still.getString("status"));

        HttpResponse<String> noRoom = coordinator.send("POST", "/api/returnhome/requests/" + requestId + "/change",
                "{\"partySize\":25,\"reason\":\"工友来电\"}", false);
        assertProblem(409, noRoom, "NO_ROOM");
        assertTrue(noRoom.body().contains("18 free seats"), noRoom.body());
    }

    @Test
    void staffChangeAndCancelWithAReasonAuditedScopedAndTheWorkerIsTold() throws Exception {
        String phone = "+8613800137004";
        String masked = "138****7004";
        long requestId = id(confirmed(phone, masked, "腊月二十二从杭州回安徽六安，2个人"));
        String change = "/api/returnhome/requests/" + requestId + "/change";
        String cancel = "/api/returnhome/requests/" + requestId + "/cancel";

        assertProblem(422, coordinator.send("POST", change, "{\"partySize\":3}", false), "reason");
        assertProblem(422, coordinator.send("POST", change, "{\"partySize\":3,\"reason\":\"  \"}", false), "reason");
        assertProblem(403, gdCoordinator.send("POST", change, "{\"partySize\":3,\"reason\":\"工友来电\"}", false), "");
        assertProblem(422, coordinator.send("POST", change, "{\"travelDate\":\"2027-01-20\",\"reason\":\"工友来电\"}",
                false), "PAST_DATE");
        assertEquals(2, request(masked).getInt("partySize"), "refused calls change nothing");
        assertTrue(notices(phone).isEmpty(), "refused calls tell the worker nothing");

        JsonObject changed = coordinator.ok("POST", change, "{\"partySize\":3,\"reason\":\"弟弟也一起回\"}");
        assertEquals(3, changed.getInt("partySize"));
        List<String> told = notices(phone);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).contains("工作人员已修改") && told.get(0).contains("3人")
                && told.get(0).contains("弟弟也一起回"), told.get(0));

        JsonObject moved = operator.ok("POST", change, "{\"travelDate\":\"2027-01-31\",\"reason\":\"工友电话改期\","
                + "\"tellWorker\":false}");
        assertEquals("2027-01-31", moved.getString("travelDate"));
        told = notices(phone);
        assertEquals(2, told.size(), told.toString());
        assertTrue(told.stream().anyMatch(t -> t.contains("1月31日") && !t.contains("工友电话改期")), told.toString());

        assertProblem(422, coordinator.send("POST", cancel, "{}", false), "reason");
        assertProblem(403, gdCoordinator.send("POST", cancel, "{\"reason\":\"x\"}", false), "");
        JsonObject cancelled = coordinator.ok("POST", cancel, "{\"reason\":\"工友来电说不回了\"}");
        assertEquals("CANCELLED", cancelled.getString("status"));
        told = notices(phone);
        assertEquals(3, told.size(), told.toString());
        assertTrue(told.stream().anyMatch(t -> t.contains("工作人员已取消") && t.contains("工友来电说不回了")), told.toString());

        JsonArray audit = Http.getArray(server, "/api/audit?subjectType=trip-request&subjectId=" + requestId + "&limit=100");
        List<JsonObject> entries = audit.stream().map(JsonValue::asJsonObject).toList();
        assertTrue(entries.stream().anyMatch(e -> "trip-request.changed".equals(e.getString("action"))
                && "coordinator".equals(e.getString("actor")) && e.getString("detail").contains("弟弟也一起回")),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "trip-request.changed".equals(e.getString("action"))
                && "operator".equals(e.getString("actor")) && e.getString("detail").contains("工友电话改期")),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "trip-request.cancelled".equals(e.getString("action"))
                && e.getString("detail").contains("工友来电说不回了")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "tc-gd-coord".equals(e.getString("actor"))), "the 403 is audited too");
    }
}
