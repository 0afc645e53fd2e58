package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Help-centre scoping of the returning-home API on the packaged server (issue 5, point 2): the centres
 * of the core migration (HQ '*', AH Anhui 34, GD Guangdong 44), a coordinator created in AH and one in GD
 * through {@code /api/admin/users}, the demo coordinator in HQ, a supervisor in AH. Requests come in by
 * SMS: 杭州 → 安徽六安 (AH's by destination, HQ's by origin) and 广州 → 广东梅州 (GD's only). A coordinator
 * lists, counts, exports and plans only their centre's requests and trips; reading or changing another
 * centre's is 403 problem+json and an audit entry; supervisors and admins see everything.
 */
class ReturnHomeScopingIT {

    private static final String PASSWORD = "scoping-password-123";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static WarmlineServer server;
    private static Console admin;
    private static Console ahCoordinator;
    private static Console gdCoordinator;
    private static Console hqCoordinator;
    private static Console ahSupervisor;
    /** 杭州 → 六安 金安区, 2 people, CONFIRMED. */
    private static long anhuiRequest;
    /** 广州 → 梅州, 3 people, CONFIRMED. */
    private static long guangdongRequest;
    /** DRAFT coach 杭州 → 六安. */
    private static long anhuiTrip;
    /** DRAFT coach 广州 → 梅州. */
    private static long guangdongTrip;

    @BeforeAll
    static void start() throws Exception {
        // the evening before the 腊月二十二 (2027-01-29) coaches leave: check-in opens 12 hours before departure
        server = WarmlineServer.shared(Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00"));
        admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        user("ah-coord", "COORDINATOR", "AH");
        user("gd-coord", "COORDINATOR", "GD");
        user("ah-super", "SUPERVISOR", "AH");
        ahCoordinator = Console.basic(server, "ah-coord", PASSWORD);
        gdCoordinator = Console.basic(server, "gd-coord", PASSWORD);
        ahSupervisor = Console.basic(server, "ah-super", PASSWORD);
        hqCoordinator = Console.basic(server, "coordinator", WarmlineServer.DEMO_PASSWORD);
        anhuiRequest = id(confirmed("+8613800139101", "138****9101", "腊月二十二从杭州回安徽六安，2个人"));
        guangdongRequest = id(confirmed("+8613800139201", "138****9201", "腊月二十二从广州回广东梅州，3个人"));
        anhuiTrip = id(admin.ok("POST", "/api/returnhome/trips", trip("3301", "杭州汽车东站", "3415")));
        guangdongTrip = id(admin.ok("POST", "/api/returnhome/trips", trip("4401", "广州天河客运站", "4414")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void user(String name, String role, String centre) throws Exception {
        admin.ok("POST", "/api/admin/users", "{\"username\":\"" + name + "\",\"roles\":[\"" + role + "\"],\"centre\":\""
                + centre + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    private static String trip(String origin, String pickup, String stop) {
        return "{\"vehicleType\":\"COACH_45\",\"originCode\":\"" + origin + "\",\"pickupPoint\":\"" + pickup
                + "\",\"stops\":[\"" + stop + "\"],\"departure\":\"2027-01-29T08:00\"}";
    }

    /** A worker texts a trip request and confirms it; @return the confirmed request (as the admin sees it) */
    private static JsonObject confirmed(String phone, String masked, String text) throws Exception {
        assertEquals(200, Http.sms(server, sid(), phone, text).statusCode());
        assertEquals(200, Http.sms(server, sid(), phone, "对").statusCode());
        return Http.getArray(server, "/api/returnhome/requests?status=CONFIRMED").stream().map(JsonValue::asJsonObject)
                .filter(r -> masked.equals(r.getString("phone"))).findFirst()
                .orElseThrow(() -> new AssertionError("no confirmed request of " + masked + "\n" + server.tail(30)));
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Console who, String path) throws Exception {
        HttpResponse<String> r = who.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray().stream().map(v -> id(v.asJsonObject())).toList();
        }
    }

    /** Asserts that {@code who}'s list at {@code path} holds {@code shown} and not {@code hidden}. */
    private static void assertListed(Console who, String path, long shown, long hidden) throws Exception {
        List<Long> listed = ids(who, path);
        assertTrue(listed.contains(shown), path + " should list " + shown + ": " + listed);
        assertFalse(listed.contains(hidden), path + " should not list " + hidden + ": " + listed);
    }

    private static void assertForbidden(HttpResponse<String> r, String what) {
        assertEquals(403, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        assertEquals(403, Http.object(r.body()).getInt("status"), what);
    }

    private static JsonArray audit(String subjectType, long subjectId) throws Exception {
        return Http.getArray(server, "/api/audit?subjectType=" + subjectType + "&subjectId=" + subjectId + "&limit=1000");
    }

    private static long denials(String subjectType, long subjectId, String actor, String action) throws Exception {
        return audit(subjectType, subjectId).stream().map(JsonValue::asJsonObject)
                .filter(a -> actor.equals(a.getString("actor")) && (subjectType + ".denied").equals(a.getString("action"))
                        && a.getString("detail", "").contains("denied " + action + ":")
                        && a.containsKey("at"))
                .count();
    }

    private static HttpResponse<byte[]> bytes(String user, String password, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void withoutSignInEveryReturnHomeCallIs401() throws Exception {
        for (String path : new String[] {"/api/returnhome/requests", "/api/returnhome/trips",
                "/api/returnhome/trips/" + anhuiTrip, "/api/returnhome/board", "/api/returnhome/board/export.csv"}) {
            HttpResponse<String> r = Http.get(server, path, null, null);
            assertEquals(401, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
        }
    }

    @Test
    void anOperatorKeepsTheRequestListScopedAndIsRefusedTheCoordinatorsCalls() throws Exception {
        Console operator = Console.basic(server, "operator", WarmlineServer.DEMO_PASSWORD);
        List<Long> seen = ids(operator, "/api/returnhome/requests?limit=1000");
        assertTrue(seen.contains(anhuiRequest), "HQ serves 杭州, the origin");
        assertFalse(seen.contains(guangdongRequest), "广州 → 梅州 is Guangdong's only");
        assertEquals(403, operator.get("/api/returnhome/trips").statusCode());
        assertEquals(403, operator.get("/api/returnhome/board").statusCode());
        // operators may cancel a request of their centre on the worker's behalf (issue 10), with a reason
        assertEquals(422, operator.send("POST", "/api/returnhome/requests/" + anhuiRequest + "/cancel", null, false)
                .statusCode());
        assertEquals(403, operator.send("POST", "/api/returnhome/trips/" + anhuiTrip + "/publish", "{}", false)
                .statusCode());
    }

    @Test
    void eachCoordinatorListsOnlyTheirCentresRequestsAndTripsWhileSupervisorsSeeAll() throws Exception {
        String requests = "/api/returnhome/requests?limit=1000";
        String trips = "/api/returnhome/trips?limit=1000";
        assertListed(ahCoordinator, requests, anhuiRequest, guangdongRequest);
        assertListed(gdCoordinator, requests, guangdongRequest, anhuiRequest);
        // the default centre serves 杭州, which no other centre serves, but not Guangdong's places
        assertListed(hqCoordinator, requests, anhuiRequest, guangdongRequest);
        assertListed(ahCoordinator, trips, anhuiTrip, guangdongTrip);
        assertListed(gdCoordinator, trips, guangdongTrip, anhuiTrip);

        for (Console all : new Console[] {ahSupervisor, admin}) {
            assertTrue(ids(all, "/api/returnhome/requests?limit=1000").containsAll(List.of(anhuiRequest, guangdongRequest)));
            assertTrue(ids(all, "/api/returnhome/trips?limit=1000").containsAll(List.of(anhuiTrip, guangdongTrip)));
            assertEquals(200, all.get("/api/returnhome/trips/" + guangdongTrip).statusCode());
            assertEquals(200, all.get("/api/returnhome/trips/" + anhuiTrip + "/manifest").statusCode());
        }
    }

    @Test
    void theDemandBoardAndItsExportsCountOnlyTheCentresRequests() throws Exception {
        String day = "?from=2027-01-29&to=2027-01-29";
        JsonObject ah = ahCoordinator.ok("GET", "/api/returnhome/board" + day, null);
        List<String> ahProvinces = ah.getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getString("provinceCode")).distinct().toList();
        assertTrue(ahProvinces.contains("34"), ah.toString());
        assertFalse(ahProvinces.contains("44"), ah.toString());
        JsonObject gd = gdCoordinator.ok("GET", "/api/returnhome/board" + day, null);
        assertEquals(List.of("44"), gd.getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getString("provinceCode")).distinct().toList(), gd.toString());
        assertEquals(3, gd.getInt("people"), "the one Guangdong party of 3");
        JsonObject all = admin.ok("GET", "/api/returnhome/board" + day, null);
        assertEquals(ah.getInt("people") + gd.getInt("people"), all.getInt("people"), "AH and GD parties make the whole day");

        HttpResponse<String> csv = ahCoordinator.get("/api/returnhome/board/export.csv" + day);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("安徽省") && !csv.body().contains("广东省"), csv.body());
        HttpResponse<byte[]> xlsx = bytes("gd-coord", PASSWORD, "/api/returnhome/board/export.xlsx" + day);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            int rows = 0;
            for (Row row : book.getSheet("需求看板")) {
                if (row.getRowNum() > 0) {
                    assertEquals("广东省", row.getCell(1).getStringCellValue());
                    rows++;
                }
            }
            assertEquals(1, rows, "one board row: 梅州 on 2027-01-29");
        }
    }

    @Test
    void anotherCentresTripIs403ForEveryReadAndChangeAndEachRefusalIsAudited() throws Exception {
        String trip = "/api/returnhome/trips/" + guangdongTrip;
        assertForbidden(ahCoordinator.get(trip), "read");
        assertForbidden(ahCoordinator.get(trip + "/manifest"), "manifest");
        assertForbidden(ahCoordinator.get(trip + "/manifest.csv"), "manifest export");
        assertForbidden(ahCoordinator.send("PUT", trip, trip("4401", "广州站", "4414"), false), "change");
        assertForbidden(ahCoordinator.send("POST", trip + "/publish", "{}", false), "publish");
        assertForbidden(ahCoordinator.send("POST", trip + "/cancel", null, false), "cancel");
        assertForbidden(ahCoordinator.send("POST", trip + "/requests", "{\"requestIds\":[" + anhuiRequest + "]}", false),
                "assign a visible request to an invisible trip");
        assertForbidden(ahCoordinator.send("POST", trip + "/manifest/" + guangdongRequest + "/check-in",
                "{\"boarded\":true}", false), "check-in");

        assertEquals("DRAFT", admin.ok("GET", trip, null).getString("status"), "nothing was published or cancelled");
        for (String action : new String[] {"trip.read", "trip.manifest", "trip.change", "trip.publish", "trip.cancel",
                "trip.assign", "trip.check-in"}) {
            assertTrue(denials("trip", guangdongTrip, "ah-coord", action) >= 1, action + ": " + audit("trip", guangdongTrip));
        }
        assertFalse(audit("trip", guangdongTrip).toString().contains("13800139201"), "no full phone in the audit log");
    }

    @Test
    void assigningNeedsBothTheTripAndTheRequestToBeTheCoordinatorsOwn() throws Exception {
        HttpResponse<String> r = ahCoordinator.send("POST", "/api/returnhome/trips/" + anhuiTrip + "/requests",
                "{\"requestIds\":[" + guangdongRequest + "]}", false);
        assertForbidden(r, "another centre's request onto my trip");
        assertTrue(denials("trip-request", guangdongRequest, "ah-coord", "trip.assign") >= 1,
                audit("trip-request", guangdongRequest).toString());
        assertEquals(0, admin.ok("GET", "/api/returnhome/trips/" + anhuiTrip, null).getInt("parties"), "nothing assigned");
        assertForbidden(gdCoordinator.send("POST", "/api/returnhome/trips/" + guangdongTrip + "/requests/" + anhuiRequest
                + "/move", "{\"toTripId\":" + anhuiTrip + "}", false), "move onto another centre's trip");
    }

    @Test
    void anotherCentresRequestCannotBeCancelledOrWaitlisted() throws Exception {
        String request = "/api/returnhome/requests/" + guangdongRequest;
        assertForbidden(ahCoordinator.send("POST", request + "/cancel", null, false), "cancel");
        assertForbidden(ahCoordinator.send("POST", request + "/waitlist", null, false), "waitlist");
        assertTrue(denials("trip-request", guangdongRequest, "ah-coord", "trip-request.cancel") >= 1);
        assertTrue(denials("trip-request", guangdongRequest, "ah-coord", "trip-request.waitlist") >= 1);
        JsonObject still = Http.getArray(server, "/api/returnhome/requests?limit=1000").stream()
                .map(JsonValue::asJsonObject).filter(x -> id(x) == guangdongRequest).findFirst().orElseThrow();
        assertEquals("CONFIRMED", still.getString("status"));
    }

    @Test
    void aCoordinatorCannotCreateATripTheirCentreWouldNotSee() throws Exception {
        assertForbidden(ahCoordinator.send("POST", "/api/returnhome/trips", trip("4401", "广州站", "4414"), false),
                "a Guangdong trip by Anhui");
        assertEquals(201, ahCoordinator.send("POST", "/api/returnhome/trips", trip("4401", "广州站", "3415"), false)
                .statusCode(), "from 广州 to 六安: Anhui's by its stop");
    }

    @Test
    void thePlannersPoolHoldsOnlyTheCentresRequestsAndAPlanIsPublishedOnlyByItsCentre() throws Exception {
        String plan = "{\"originCode\":\"4401\",\"from\":\"2027-01-29\",\"to\":\"2027-01-29\","
                + "\"pickupPoint\":\"广州天河客运站\",\"seconds\":2}";
        JsonObject none = ahCoordinator.ok("POST", "/api/returnhome/plans", plan);
        assertEquals(0, none.getJsonArray("trips").size(), "Anhui serves no request from 广州 to 梅州: " + none);
        JsonObject mine = gdCoordinator.ok("POST", "/api/returnhome/plans", plan);
        assertEquals(1, mine.getJsonArray("trips").size(), mine.toString());
        assertEquals(3, mine.getJsonArray("trips").getJsonObject(0).getInt("seatsTaken"));
        long planId = mine.getJsonNumber("planId").longValue();
        assertForbidden(ahCoordinator.send("POST", "/api/returnhome/plans/" + planId + "/publish", null, false),
                "publish another centre's plan");
        assertEquals(1, gdCoordinator.ok("POST", "/api/returnhome/plans/" + planId + "/discard", null).getInt("cancelled"));
    }

    @Test
    void aSharedCoachShowsEachCentreOnlyItsPartiesOnTheManifestAndCheckIn() throws Exception {
        long local = id(confirmed("+8613800139301", "138****9301", "腊月二十二从杭州回安徽六安，1个人"));
        long henan = id(confirmed("+8613800139302", "138****9302", "腊月二十二从杭州回河南信阳，1个人"));
        long coach = id(admin.ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"COACH_45\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\",\"4115\"],\"departure\":\"2027-01-29T09:00\"}"));
        admin.ok("POST", "/api/returnhome/trips/" + coach + "/requests", "{\"requestIds\":[" + local + "," + henan + "]}");
        admin.ok("POST", "/api/returnhome/trips/" + coach + "/publish", "{}");

        JsonObject ah = ahCoordinator.ok("GET", "/api/returnhome/trips/" + coach + "/manifest", null);
        assertEquals(List.of(local), ah.getJsonArray("lines").stream().map(l -> l.asJsonObject().getJsonNumber("requestId")
                .longValue()).toList(), "Anhui sees the 六安 party, not the 信阳 one");
        assertEquals(2, ah.getJsonObject("trip").getInt("seatsTaken"), "the coach's seat count stays whole");
        assertEquals(2, hqCoordinator.ok("GET", "/api/returnhome/trips/" + coach + "/manifest", null)
                .getJsonArray("lines").size(), "HQ serves 杭州, the origin of both");
        assertEquals(200, Http.sms(server, sid(), "+8613800139301", "1")
                .statusCode(), "the 六安 passenger confirms the seat");
        assertForbidden(ahCoordinator.send("POST", "/api/returnhome/trips/" + coach + "/manifest/" + henan + "/check-in",
                "{\"boarded\":true}", false), "check in another centre's party");
        assertEquals("BOARDED", ahCoordinator.ok("POST", "/api/returnhome/trips/" + coach + "/manifest/" + local
                + "/check-in", "{\"boarded\":true}").getString("status"));
    }
}
