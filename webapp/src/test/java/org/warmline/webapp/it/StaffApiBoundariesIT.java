package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of the staff API on the packaged server, over real HTTP: the raw conversations API is for
 * supervisors and admins and audited; a body of the wrong shape is a 4xx problem+json (never 500, never a
 * Java class name); the SMS outbox refuses staff one-time codes and other roles, and hides codes.
 */
class StaffApiBoundariesIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;

    static WarmlineServer server;
    static Console admin;
    static long ticketId;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        admin = Console.basic(server, "admin", PASSWORD);
        admin.ok("POST", "/api/admin/users", "{\"username\":\"boss\",\"roles\":[\"SUPERVISOR\"],\"centre\":\"AH\","
                + "\"password\":\"boss-password-123\"}");
        assertEquals(200, Http.sms(server, "SMboundaries" + "x".repeat(22), "+8613800007001", "转人工").statusCode());
        Instant until = Instant.now().plusSeconds(20);
        while (ticketId == 0 && Instant.now().isBefore(until)) {
            for (JsonObject item : admin.ok("GET", "/api/helpdesk/conversations?status=all&size=200", null)
                    .getJsonArray("items").getValuesAs(JsonObject.class)) {
                if ("138****7001".equals(item.getString("phone", ""))) {
                    ticketId = item.getJsonNumber("id").longValue();
                }
            }
            Thread.sleep(200);
        }
        assertTrue(ticketId > 0, "the hand-off reached the queue");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void assertProblem(int status, HttpResponse<String> r, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                what + ": " + r.headers().map());
        assertEquals(status, Http.object(r.body()).getInt("status"), what);
    }

    // ---- the raw conversations API ---------------------------------------------------------------

    @Test
    void rawConversationsApiIsForSupervisorsAndAdminsOnlyAndEveryReadIsAudited() throws Exception {
        for (String user : List.of("operator", "coordinator")) {
            assertProblem(403, Http.get(server, "/api/conversations", user, PASSWORD), user);
        }
        HttpResponse<String> list = Http.get(server, "/api/conversations?limit=5", "boss", "boss-password-123");
        assertEquals(200, list.statusCode(), list.body());
        assertFalse(list.body().contains("13800007001"), "phones masked");
        JsonArray audit = Http.getArray(server, "/api/audit?actor=boss&subjectType=conversation");
        JsonObject entry = audit.getValuesAs(JsonObject.class).stream()
                .filter(a -> "conversations.read".equals(a.getString("action"))).findFirst()
                .orElseThrow(() -> new AssertionError("the read is in the audit log: " + audit));
        assertTrue(entry.getString("detail").startsWith("GET /api/conversations limit=5: "), entry.toString());
        assertFalse(entry.getString("detail").contains("转人工"), "no message text in the audit log");
        assertTrue(entry.getString("at").startsWith("20"), entry.toString());
    }

    // ---- bodies of the wrong shape -----------------------------------------------------------------

    @Test
    void bodiesOfTheWrongShapeAreNeverServerErrorsAndEveryRefusalIsAProblemWithoutClassNames() throws Exception {
        JsonObject trip = admin.ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"COACH_45\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],\"departure\":\"2027-01-29T08:00\"}");
        String tripPath = "/api/returnhome/trips/" + trip.getJsonNumber("id").longValue();
        String ticket = "/api/helpdesk/conversations/" + ticketId;
        List<String> paths = List.of(ticket + "/labels", ticket + "/status", ticket + "/priority", ticket + "/assign",
                ticket + "/snooze", ticket + "/escalations", ticket + "/links", ticket + "/notes", "/api/admin/users",
                "/api/returnhome/trips", tripPath + "/requests", tripPath + "/requests/1/move", "/api/sms/outbox");
        List<String> bodies = List.of("[1,2]", "\"str\"", "123", "{\"labels\":\"x\"}", "{\"labels\":[null]}",
                "{\"requestIds\":\"x\"}", "{\"toTripId\":\"x\"}", "{", "{\"roles\":\"x\"}", "{\"requestId\":\"x\"}",
                "{\"status\":[1]}", "null", "true");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String path : paths) {
            for (String body : bodies) {
                HttpResponse<String> r = admin.post(path, body);
                checked++;
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (r.statusCode() >= 200 && r.statusCode() < 300) {
                    continue; // an object this endpoint reads as a request with optional fields left out
                }
                if (r.statusCode() >= 500 || r.statusCode() < 400 || !type.startsWith("application/problem+json")
                        || r.body().matches("(?s).*(org\\.warmline|java\\.|jakarta\\.|Exception).*")) {
                    failures.add("POST " + path + " " + body + " -> " + r.statusCode() + " " + type + " " + r.body());
                }
            }
        }
        assertEquals(paths.size() * bodies.size(), checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void unreadableBodyNamesTheProblemInWords() throws Exception {
        HttpResponse<String> r = admin.post("/api/helpdesk/conversations/" + ticketId + "/labels", "{\"labels\":\"x\"}");
        assertProblem(400, r, "labels as text");
        assertTrue(Http.object(r.body()).getString("detail").startsWith("the body cannot be read"), r.body());
        HttpResponse<String> array = admin.post("/api/helpdesk/conversations/" + ticketId + "/escalations", "[1,2]");
        assertProblem(400, array, "an array for the escalation's JSON object");
        HttpResponse<String> broken = admin.post("/api/admin/users", "{");
        assertProblem(400, broken, "malformed JSON");
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValuesNotTheClass() throws Exception {
        HttpResponse<String> r = admin.post("/api/helpdesk/conversations/" + ticketId + "/status", "{\"status\":\"FOO\"}");
        assertProblem(400, r, "status FOO");
        String detail = Http.object(r.body()).getString("detail");
        assertFalse(detail.contains("org.warmline"), detail);
        assertFalse(detail.contains("No enum constant"), detail);
        assertTrue(detail.contains("FOO"), detail);
    }

    // ---- the SMS outbox ----------------------------------------------------------------------------

    @Test
    void outboxRefusesVerificationCodesFromStaffAndSendingByOtherRoles() throws Exception {
        String fake = "{\"phone\":\"+8613800007001\",\"body\":\"您的验证码是123456\",\"kind\":\"VERIFICATION\"}";
        assertProblem(403, admin.post("/api/sms/outbox", fake), "admin sends a code");
        String notice = "{\"phone\":\"+8613800007001\",\"body\":\"通知\",\"kind\":\"NOTICE\"}";
        for (String user : List.of("operator", "coordinator")) {
            assertProblem(403, Console.basic(server, user, PASSWORD).post("/api/sms/outbox", notice), user + " sends");
            assertProblem(403, Http.get(server, "/api/sms/outbox?phone=%2B8613800007001", user, PASSWORD), user + " reads");
        }
        HttpResponse<String> bySupervisor = Console.basic(server, "boss", "boss-password-123").post("/api/sms/outbox", notice);
        assertEquals(201, bySupervisor.statusCode(), bySupervisor.body());
        assertTrue(Outbox.list(server, "+8613800007001").getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> "VERIFICATION".equals(m.getString("kind", null))), "the refused code was never queued");
    }
}
