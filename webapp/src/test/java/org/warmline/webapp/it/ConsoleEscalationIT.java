package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's escalation into the service modules, snooze, live delivery status and the session
 * cookie, on the packaged server over real HTTP: forms pre-filled from what the worker said, a trip
 * request / legal consultation / job request created through the modules, a request of the worker's
 * file linked, the link on the conversation and in the audit log; role and centre boundaries (401, 403),
 * bad input (400, 422); snooze by time and until the next message; delivery status over SSE; cookie
 * attributes. The server runs with the production cookie rule (public URL https → Secure).
 */
class ConsoleEscalationIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;
    private static final String STAFF_PASSWORD = "staff-password-123";
    private static final AtomicInteger SID = new AtomicInteger();

    static WarmlineServer server;
    static Console admin;

    @BeforeAll
    static void start() throws Exception {
        // "" removes the harness's plain-cookie setting: the production rule applies
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-escalation"),
                Map.of("WARMLINE_SESSION_SECURE_COOKIE", "")).start();
        admin = Console.basic(server, "admin", PASSWORD);
        for (String[] user : new String[][] {{"ah-op", "OPERATOR", "AH"}, {"gd-op", "OPERATOR", "GD"},
                {"gd-legal", "LEGAL_AID", "GD"}, {"gd-jobs", "JOB_COUNSELOR", "GD"}, {"gd-coord", "COORDINATOR", "GD"}}) {
            admin.ok("POST", "/api/admin/users", "{\"username\":\"" + user[0] + "\",\"roles\":[\"" + user[1]
                    + "\"],\"centre\":\"" + user[2] + "\",\"password\":\"" + STAFF_PASSWORD + "\"}");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Console staff(String user) {
        return Console.basic(server, user, STAFF_PASSWORD);
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SMescalate" + SID.incrementAndGet() + "x".repeat(20), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonObject await(String maskedPhone, Predicate<JsonObject> condition) throws Exception {
        return admin.awaitConversation(maskedPhone, condition);
    }

    /** A worker's conversation, handed to a person after the given messages; @return the ticket id */
    private static int handedOff(String phone, String centre, String... messages) throws Exception {
        for (String m : messages) {
            sms(phone, m);
        }
        sms(phone, "转人工");
        String masked = phone.substring(3, 6) + "****" + phone.substring(phone.length() - 4);
        return await(masked, i -> "OPEN".equals(i.getString("status")) && centre.equals(i.getString("centre"))).getInt("id");
    }

    private static String path(int id) {
        return "/api/helpdesk/conversations/" + id;
    }

    private static HttpResponse<String> post(Console who, String path, String json) throws Exception {
        return who.send("POST", path, json, false);
    }

    private static String auditOf(int ticketId) throws Exception {
        int conversationId = admin.ok("GET", path(ticketId), null).getJsonObject("ticket").getInt("conversationId");
        return Http.getArray(server, "/api/audit?subjectType=conversation&subjectId=" + conversationId).toString();
    }

    @Test
    void aTripRequestIsPrefilledFromTheDialogCorrectedAndCreatedConfirmed() throws Exception {
        int id = handedOff("+8613800011001", "AH", "腊月二十二从杭州回安徽六安，2个人");
        Console op = staff("ah-op");
        JsonObject drafts = op.ok("GET", path(id) + "/escalation-drafts", null);
        JsonObject trip = drafts.getJsonObject("trip");
        assertEquals("3415", trip.getString("destinationCode"));
        assertEquals("3301", trip.getString("originCode"));
        assertEquals("2027-01-29", trip.getString("travelDate"));
        assertEquals(2, trip.getInt("partySize"));
        assertEquals("六安市", drafts.getJsonObject("places").getString("3415"));

        HttpResponse<String> created = post(op, path(id) + "/escalations", "{\"service\":\"RETURNHOME\",\"fields\":{"
                + "\"destination\":\"3415\",\"origin\":\"杭州\",\"travelDate\":\"2027-01-30\",\"partySize\":3}}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject link = Http.object(created.body());
        assertEquals("trip-request", link.getString("kind"));
        assertEquals("CREATED", link.getString("mode"));
        assertEquals("ah-op", link.getString("actor"));
        int requestId = link.getInt("requestId");

        JsonObject request = byId(Http.getArray(server, "/api/returnhome/requests"), requestId);
        assertEquals("CONFIRMED", request.getString("status"), "the operator settled it with the worker");
        assertEquals(3, request.getInt("partySize"), "the operator's correction");
        assertEquals("2027-01-30", request.getString("travelDate"));
        assertEquals("3301", request.getJsonObject("origin").getString("code"), "a place name is resolved to its code");
        assertEquals("138****1001", request.getString("phone"));
        long sameWorker = Http.getArray(server, "/api/returnhome/requests").getValuesAs(JsonObject.class).stream()
                .filter(r -> "138****1001".equals(r.getString("phone"))).count();
        assertEquals(1, sameWorker, "the bot's unconfirmed draft was corrected, not duplicated");

        JsonObject detail = op.ok("GET", path(id), null);
        JsonObject shown = detail.getJsonArray("escalations").getJsonObject(0);
        assertEquals(requestId, shown.getInt("requestId"));
        assertEquals("RETURNHOME", shown.getString("service"));
        assertEquals("RETURNHOME", detail.getJsonObject("ticket").getString("service"));
        String audit = auditOf(id);
        assertTrue(audit.contains("\"action\":\"conversation.escalate\"") && audit.contains("\"actor\":\"ah-op\"")
                && audit.contains("trip-request " + requestId), audit);
    }

    private static JsonObject byId(JsonArray list, int id) {
        return list.getValuesAs(JsonObject.class).stream().filter(o -> o.getInt("id") == id).findFirst()
                .orElseThrow(() -> new AssertionError("no id " + id + " in " + list));
    }

    @Test
    void aWageArrearsConsultationIsPrefilledAndCreatedByLegalAidStaffNotByACoordinator() throws Exception {
        int id = handedOff("+8613800011002", "GD", "老板拖欠工资两个月，大概九千块，在东莞");
        Console legal = staff("gd-legal");
        JsonObject drafts = legal.ok("GET", path(id) + "/escalation-drafts", null).getJsonObject("legal");
        assertEquals("WAGE_ARREARS", drafts.getString("topic"));
        assertEquals(900000, drafts.getJsonNumber("amountFen").longValue());
        assertEquals(2, drafts.getInt("monthsUnpaid"));
        assertEquals("4419", drafts.getString("siteCode"));
        assertEquals("老板拖欠工资两个月，大概九千块，在东莞", drafts.getString("text"));

        String form = "{\"service\":\"LEGALAID\",\"fields\":{\"topic\":\"WAGE_ARREARS\",\"amountFen\":950000,"
                + "\"monthsUnpaid\":2,\"site\":\"4419\",\"employer\":\"包工头老王\",\"evidence\":[\"IOU\",\"CHAT_RECORDS\"],"
                + "\"urgent\":true}}";
        HttpResponse<String> refused = post(staff("gd-coord"), path(id) + "/escalations", form);
        assertEquals(403, refused.statusCode(), "a coordinator does not open legal consultations");
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> created = post(legal, path(id) + "/escalations", form);
        assertEquals(201, created.statusCode(), created.body());
        int consultationId = Http.object(created.body()).getInt("requestId");
        JsonObject consultation = byId(Http.getArray(server, "/api/legalaid/consultations"), consultationId);
        assertEquals(950000, consultation.getJsonNumber("amountFen").longValue());
        assertEquals("包工头老王", consultation.getString("employer"));
        assertEquals(List.of("IOU", "CHAT_RECORDS"), consultation.getJsonArray("evidence").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(consultation.getBoolean("urgent"));
        assertEquals("老板拖欠工资两个月，大概九千块，在东莞", consultation.getString("description"),
                "the worker's words when the form gives none");
        assertTrue(auditOf(id).contains("consultation " + consultationId));
        assertTrue(auditOf(id).contains("\"action\":\"conversation.denied\""), "the refused attempt is audited");
    }

    @Test
    void aJobRequestIsPrefilledAndCreatedByAJobCounsellor() throws Exception {
        int id = handedOff("+8613800011003", "GD", "干装修的 想找活 在广州附近");
        Console counsellor = staff("gd-jobs");
        JsonObject job = counsellor.ok("GET", path(id) + "/escalation-drafts", null).getJsonObject("job");
        assertEquals("JOB", job.getString("want"));
        assertEquals("RENOVATION", job.getString("trade"));
        assertEquals("4401", job.getString("locationCode"));
        HttpResponse<String> created = post(counsellor, path(id) + "/escalations", "{\"service\":\"JOBS\",\"fields\":{"
                + "\"want\":\"TRAINING\",\"trade\":\"RENOVATION\",\"location\":\"广州\",\"availableFrom\":\"2027-02-20\"}}");
        assertEquals(201, created.statusCode(), created.body());
        int requestId = Http.object(created.body()).getInt("requestId");
        JsonObject seeker = byId(Http.getArray(server, "/api/jobs/seekers"), requestId);
        assertEquals("TRAINING", seeker.getString("want"));
        assertEquals("4401", seeker.getString("locationCode"));
        assertEquals("2027-02-20", seeker.getString("availableFrom"));
        assertEquals("job-seeker", counsellor.ok("GET", path(id), null).getJsonArray("escalations").getJsonObject(0)
                .getString("kind"));
    }

    @Test
    void aRequestFromTheWorkersFileIsLinkedOnceAndAnotherWorkersIsRefused() throws Exception {
        int id = handedOff("+8613800011004", "AH", "腊月二十二从杭州回安徽六安，2个人", "对");
        Console op = staff("ah-op");
        JsonArray file = JsonValue.EMPTY_JSON_ARRAY;
        for (Instant until = Instant.now().plusSeconds(10); file.isEmpty() && Instant.now().isBefore(until); ) {
            file = op.ok("GET", path(id), null).getJsonArray("file");
        }
        int requestId = file.getJsonObject(0).getInt("id");
        String body = "{\"service\":\"RETURNHOME\",\"requestId\":" + requestId + "}";
        HttpResponse<String> linked = post(op, path(id) + "/links", body);
        assertEquals(201, linked.statusCode(), linked.body());
        assertEquals("LINKED", Http.object(linked.body()).getString("mode"));
        assertEquals(409, post(op, path(id) + "/links", body).statusCode(), "linked once");
        JsonArray escalations = op.ok("GET", path(id), null).getJsonArray("escalations");
        assertEquals(1, escalations.size());
        assertEquals(requestId, escalations.getJsonObject(0).getInt("requestId"));
        assertTrue(auditOf(id).contains("\"action\":\"conversation.link\""));

        int other = handedOff("+8613800011005", "AH", "我在安徽合肥");
        HttpResponse<String> notTheirs = post(op, path(other) + "/links", body);
        assertEquals(422, notTheirs.statusCode(), notTheirs.body());
        assertTrue(Http.object(notTheirs.body()).getJsonObject("errors").containsKey("requestId"));
    }

    @Test
    void escalationNeedsASignInTheRightCentreAndRole() throws Exception {
        int id = handedOff("+8613800011006", "AH", "腊月二十二从杭州回安徽六安，2个人");
        HttpClient plain = HttpClient.newHttpClient();
        for (String[] call : new String[][] {{"GET", "/escalation-drafts"}, {"POST", "/escalations"}, {"POST", "/links"},
                {"POST", "/snooze"}}) {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path(id) + call[1]))
                    .method(call[0], call[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, r.statusCode(), call[1]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), call[1]);
        }
        String form = "{\"service\":\"RETURNHOME\",\"fields\":{\"destination\":\"3415\",\"origin\":\"3301\","
                + "\"travelDate\":\"2027-01-29\",\"partySize\":2}}";
        Console gd = staff("gd-op");
        assertEquals(403, gd.get(path(id) + "/escalation-drafts").statusCode(), "another centre");
        assertEquals(403, post(gd, path(id) + "/escalations", form).statusCode(), "another centre");
        assertEquals(403, post(Console.basic(server, "operator", PASSWORD), path(id) + "/escalations", form).statusCode(),
                "HQ staff are not Anhui's");
        assertEquals(403, post(gd, path(id) + "/snooze", "{}").statusCode());
        assertEquals(0, admin.ok("GET", path(id), null).getJsonArray("escalations").size(), "nothing was created");
    }

    @Test
    void badEscalationInputIsRefusedWithProblemJson() throws Exception {
        int id = handedOff("+8613800011007", "AH", "腊月二十二从杭州回安徽六安，2个人");
        Console op = staff("ah-op");
        HttpResponse<String> noService = post(op, path(id) + "/escalations", "{\"fields\":{}}");
        assertEquals(400, noService.statusCode(), noService.body());
        assertTrue(noService.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, post(op, path(id) + "/escalations", "{\"service\":\"HOTEL\",\"fields\":{}}").statusCode());
        assertEquals(400, post(op, path(id) + "/escalations", "{\"service\":\"JOBS\",\"fields\":[1]}").statusCode());
        assertEquals(400, post(op, path(id) + "/escalations", "{not json").statusCode());
        assertEquals(400, post(op, path(id) + "/links", "{\"service\":\"JOBS\"}").statusCode(), "no request id");

        HttpResponse<String> invalid = post(op, path(id) + "/escalations", "{\"service\":\"RETURNHOME\",\"fields\":{"
                + "\"destination\":\"无此地方\",\"origin\":\"999999\",\"travelDate\":\"29.01.2027\",\"partySize\":0}}");
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertTrue(invalid.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject errors = Http.object(invalid.body()).getJsonObject("errors");
        assertEquals(java.util.Set.of("destination", "origin", "travelDate", "partySize"), errors.keySet(), errors.toString());

        HttpResponse<String> legal = post(op, path(id) + "/escalations", "{\"service\":\"LEGALAID\",\"fields\":{"
                + "\"topic\":\"DIVORCE\",\"amountFen\":-5,\"evidence\":[\"RUMOUR\"],\"urgent\":\"yes\"}}");
        assertEquals(422, legal.statusCode(), legal.body());
        assertEquals(java.util.Set.of("topic", "amountFen", "evidence", "urgent"),
                Http.object(legal.body()).getJsonObject("errors").keySet());
        HttpResponse<String> past = post(op, path(id) + "/escalations", "{\"service\":\"RETURNHOME\",\"fields\":{"
                + "\"destination\":\"3415\",\"origin\":\"3301\",\"travelDate\":\"2020-01-29\",\"partySize\":2}}");
        assertEquals(422, past.statusCode(), "a travel date that has passed");
        assertEquals(0, op.ok("GET", path(id), null).getJsonArray("escalations").size(), "nothing was created");
    }

    @Test
    void aConversationSnoozedForAWhileComesBackOpenByItself() throws Exception {
        int id = handedOff("+8613800011008", "HQ", "人工客服");
        Console op = Console.basic(server, "operator", PASSWORD);
        JsonObject snoozed = op.ok("POST", path(id) + "/snooze", "{\"for\":\"PT2S\"}");
        assertEquals("SNOOZED", snoozed.getString("status"));
        assertNotNull(snoozed.getString("snoozedUntil", null));
        JsonObject back = awaitStatus(id, "OPEN", Duration.ofSeconds(15));
        assertFalse(back.containsKey("snoozedUntil") && !back.isNull("snoozedUntil"), back.toString());
        String audit = auditOf(id);
        assertTrue(audit.contains("conversation.snooze") && audit.contains("conversation.wake"), audit);

        assertEquals(422, post(op, path(id) + "/snooze", "{\"until\":\"2020-01-01T00:00:00Z\"}").statusCode(), "the past");
        assertEquals(400, post(op, path(id) + "/snooze", "{\"until\":\"tomorrow\"}").statusCode());
        assertEquals(422, post(op, path(id) + "/snooze", "{\"for\":\"-PT1H\"}").statusCode());
        assertEquals(400, post(op, path(id) + "/snooze", "{\"until\":\"2030-01-01T00:00:00Z\",\"for\":\"PT1H\"}").statusCode());
        assertEquals(422, post(op, path(id) + "/snooze", "{\"until\":\"+999999999-12-31T23:59:59Z\"}").statusCode(),
                "at most 90 days ahead");
        assertEquals(400, post(op, path(id) + "/status", "{\"status\":\"SNOOZED\",\"snoozedUntil\":\"x\"}").statusCode(),
                "a bad time is a client error, not a 500");
        assertEquals(422, post(op, path(id) + "/status", "{\"status\":\"SNOOZED\",\"snoozedUntil\":\"2020-01-01T00:00:00Z\"}")
                .statusCode());
        String doc = Http.get(server, "/openapi", null, null).body();
        String snoozeBody = doc.substring(doc.indexOf("SnoozeBody:"), doc.indexOf("SnoozeBody:") + 400);
        assertTrue(snoozeBody.contains("for:") && !snoozeBody.contains("forDuration"), snoozeBody);
    }

    @Test
    void aConversationSnoozedUntilTheNextMessageStaysAsideUntilTheWorkerWrites() throws Exception {
        int id = handedOff("+8613800011009", "HQ", "人工客服");
        Console op = Console.basic(server, "operator", PASSWORD);
        JsonObject snoozed = op.ok("POST", path(id) + "/snooze", "{}");
        assertEquals("SNOOZED", snoozed.getString("status"));
        assertTrue(!snoozed.containsKey("snoozedUntil") || snoozed.isNull("snoozedUntil"), snoozed.toString());
        Thread.sleep(2500); // longer than the waker's round: nothing wakes it but the worker
        assertEquals("SNOOZED", admin.ok("GET", path(id), null).getJsonObject("ticket").getString("status"));
        sms("+8613800011009", "还在吗");
        awaitStatus(id, "OPEN", Duration.ofSeconds(15));
    }

    private static JsonObject awaitStatus(int id, String status, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        JsonObject ticket;
        do {
            ticket = admin.ok("GET", path(id), null).getJsonObject("ticket");
            if (status.equals(ticket.getString("status"))) {
                return ticket;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("still " + ticket.getString("status") + ", not " + status);
    }

    @Test
    void deliveryStatusChangesOfAReplyArriveOverTheConsoleStream() throws Exception {
        int id = handedOff("+8613800011010", "HQ", "人工客服");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/helpdesk/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("operator:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        var stream = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try (Stream<String> body = stream.get().body()) {
                body.forEach(lines::add);
            } catch (Exception e) {
                lines.add("closed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        awaitLine(lines, l -> l.equals("event: hello") || l.equals("event:hello"));

        long messageId = Console.basic(server, "operator", PASSWORD)
                .ok("POST", path(id) + "/reply", "{\"body\":\"您好，这里是暖心热线\"}").getJsonNumber("messageId").longValue();
        String delivered = awaitLine(lines, l -> l.contains("\"messageId\":" + messageId) && l.contains("\"DELIVERED\""));
        assertTrue(delivered.contains("\"id\":" + id), delivered);
        int sent = indexOf(lines, "\"messageId\":" + messageId, "\"SENT\"");
        int sending = indexOf(lines, "\"messageId\":" + messageId, "\"SENDING\"");
        assertTrue(sending >= 0, "SENDING was pushed: " + lines);
        assertTrue(sending < lines.indexOf(delivered), "in the order they happened: " + lines);
        assertTrue(sent < 0 || sent > sending, lines.toString());
        assertFalse(String.join("\n", lines).contains("暖心热线"), "no message text on the stream");
        stream.cancel(true);
    }

    private static int indexOf(List<String> lines, String a, String b) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(a) && lines.get(i).contains(b)) {
                return i;
            }
        }
        return -1;
    }

    private static String awaitLine(List<String> lines, Predicate<String> match) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            for (String line : lines) {
                if (match.test(line)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such line on the stream: " + lines);
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureBehindAnHttpsPublicUrl() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=operator&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        String lower = cookie.toLowerCase(java.util.Locale.ROOT);
        assertEquals(1, lower.split("samesite=", -1).length - 1, "SameSite once: " + cookie);
        assertTrue(lower.matches(".*;\\s*samesite=lax.*"), cookie);
        assertTrue(lower.matches(".*;\\s*secure.*"), cookie);
        assertTrue(lower.matches(".*;\\s*httponly.*"), cookie);
    }
}
