package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Legal-aid cases over HTTP (issue 12, points 1–3 and 7): the bot's wage-arrears intake opens a case with what it
 * learned and a repeat consultation joins it; staff carry a case through every step (timeline, amounts); canned
 * answers; coordinators and job counsellors get an audited 403; hostile text stays text; bad input is 4xx
 * problem+json.
 */
class LegalCasesIT {


    private static WarmlineServer server;
    private static Console legal;
    private static Console admin;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        legal = Console.basic(server, "legal-aid", WarmlineServer.DEMO_PASSWORD);
        admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
    }




    /** @return a unique employer of this class, e.g. 鑫丁乙甲戊建筑有限公司 */
    private static String company() {
        return LegalTestWorkers.company("鑫", "建筑有限公司");
    }

    /** @return a unique mobile number of this class (+861351260 xxxx) */
    private static String phone() {
        return LegalTestWorkers.phone("+861351260");
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Waits until the worker's consultations number {@code count}; @return them, newest first. */
    private static List<JsonObject> consultations(String phone, int count) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        List<JsonObject> mine = List.of();
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> r = legal.get("/api/legalaid/consultations?limit=1000");
            assertEquals(200, r.statusCode(), r.body());
            mine = array(r.body()).stream().map(JsonValue::asJsonObject)
                    .filter(c -> LegalTestWorkers.masked(phone).equals(c.getString("phone", ""))).toList();
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " consultations of " + LegalTestWorkers.masked(phone) + ", saw " + mine);
    }

    /** A worker texts a wage claim against a new company in Hangzhou; @return the case id the bot opened. */
    private static long caseFromTheBot(String phone, String company) throws Exception {
        sms(phone, company + "拖欠工资两个月，九千块，在杭州");
        sms(phone, "就这些");
        JsonObject consultation = consultations(phone, 1).get(0);
        assertFalse(consultation.isNull("caseId"), consultation.toString());
        return consultation.getJsonNumber("caseId").longValue();
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static JsonObject caseOf(long id) throws Exception {
        return legal.ok("GET", "/api/legalaid/cases/" + id, null);
    }

    private static JsonObject step(long id, String json) throws Exception {
        return legal.ok("POST", "/api/legalaid/cases/" + id + "/steps", json);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertEquals(code, Http.object(r.body()).getString("code"), r.body());
    }

    @Test
    void theBotsWageIntakeOpensACaseWithWhatItLearnedAndARepeatConsultationJoinsIt() throws Exception {
        String phone = phone();
        String company = company();
        long caseId = caseFromTheBot(phone, company);
        JsonObject opened = caseOf(caseId);
        assertEquals("INTAKE", opened.getString("step"));
        assertEquals("WAGE_ARREARS", opened.getString("topic"));
        assertEquals(company, opened.getString("employerAsNamed"));
        assertEquals(900_000, opened.getJsonNumber("amountOwedFen").longValue());
        assertEquals(2, opened.getInt("monthsUnpaid"));
        assertTrue(opened.getString("siteCode").startsWith("3301"), opened.toString());
        assertEquals("HQ", opened.getString("centreId"), "Zhejiang is served by the default centre");
        assertEquals(LegalTestWorkers.masked(phone), opened.getString("phone"));
        assertEquals(Boolean.TRUE, opened.getJsonArray("screening").stream().map(JsonValue::asJsonObject)
                .filter(s -> "MEANS_TEST".equals(s.getString("criterion"))).findFirst().orElseThrow()
                .getBoolean("passed"), "migrant workers' wage claims need no means test (LAL Art. 42)");
        assertEquals("bot", opened.getJsonArray("timeline").getJsonObject(0).getString("by"));

        sms(phone, company + "还是拖欠工资，一直没给");
        sms(phone, "就这些");
        List<JsonObject> both = consultations(phone, 2);
        assertEquals(caseId, both.get(0).getJsonNumber("caseId").longValue(), "the second consultation joins the case");
        assertEquals(caseId, both.get(1).getJsonNumber("caseId").longValue());
        JsonObject joined = caseOf(caseId);
        assertTrue(joined.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> "ATTACHED".equals(e.getString("kind"))), joined.toString());
        long open = array(legal.get("/api/legalaid/cases?limit=1000").body()).stream().map(JsonValue::asJsonObject)
                .filter(c -> company.equals(c.getString("employerAsNamed", ""))).count();
        assertEquals(1, open, "one worker, one employer: one case");
    }

    @Test
    void aCaseIsCarriedThroughEveryStepWithItsTimelineAndAmounts() throws Exception {
        long id = caseFromTheBot(phone(), company());
        legal.ok("PATCH", "/api/legalaid/cases/" + id, "{\"workedFrom\":\"2026-03-01\",\"workedTo\":\"2026-10-31\","
                + "\"employmentEnded\":true,\"endedOn\":\"2026-10-31\",\"trade\":\"钢筋工\",\"projectName\":\"西湖安置房\"}");
        JsonObject chained = legal.ok("PUT", "/api/legalaid/cases/" + id + "/chain", "{\"parties\":["
                + "{\"role\":\"CLIENT\",\"name\":\"杭州城投\"},{\"role\":\"GENERAL_CONTRACTOR\",\"name\":\"中建某局\"},"
                + "{\"role\":\"FOREMAN\",\"name\":\"王建国\"}]}");
        assertEquals("GENERAL_CONTRACTOR", chained.getJsonObject("firstPayer").getString("role"));
        assertEquals("Art. 30", chained.getJsonObject("firstPayer").getString("article"));
        legal.ok("PUT", "/api/legalaid/cases/" + id + "/evidence",
                "{\"items\":[{\"kind\":\"IOU\",\"held\":true},{\"kind\":\"ATTENDANCE_RECORD\",\"held\":false}]}");

        assertProblem(legal.post("/api/legalaid/cases/" + id + "/steps", "{\"step\":\"MEDIATION\"}"), 409,
                "case.step-not-allowed");
        assertProblem(legal.post("/api/legalaid/cases/" + id + "/screening",
                "{\"criteria\":[{\"criterion\":\"MEANS_TEST\",\"passed\":false}]}"), 409, "screening.override-needs-reason");
        JsonObject screened = legal.ok("POST", "/api/legalaid/cases/" + id + "/screening", "{\"criteria\":["
                + "{\"criterion\":\"LABOUR_RELATIONSHIP\",\"passed\":true},{\"criterion\":\"WITHIN_LIMITATION\",\"passed\":true}]}");
        assertEquals("SCREENING", screened.getString("step"));
        step(id, "{\"step\":\"ACCEPTED\"}");
        JsonObject assigned = step(id, "{\"step\":\"ASSIGNED\"}");
        assertEquals("legal-aid", assigned.getString("assignedStaff"), "legal-aid staff of HQ take the case themselves");
        step(id, "{\"step\":\"MEDIATION\",\"onDate\":\"2026-12-10\"}");
        step(id, "{\"step\":\"INSPECTION\"}");
        step(id, "{\"step\":\"ARBITRATION\",\"onDate\":\"2027-01-05\"}");
        step(id, "{\"step\":\"COURT\",\"onDate\":\"2027-03-01\"}");
        assertProblem(legal.post("/api/legalaid/cases/" + id + "/steps", "{\"step\":\"CLOSED\"}"), 409,
                "case.outcome-required");
        step(id, "{\"step\":\"CLOSED\",\"outcomeCode\":\"COURT_JUDGMENT\",\"recoveredFen\":900000}");
        JsonObject closed = legal.ok("POST", "/api/legalaid/cases/" + id + "/received", "{\"receivedFen\":850000}");

        assertEquals("CLOSED", closed.getString("step"));
        assertEquals("COURT_JUDGMENT", closed.getString("outcomeCode"));
        assertEquals(900_000, closed.getJsonNumber("recoveredFen").longValue());
        assertEquals(850_000, closed.getJsonNumber("receivedFen").longValue());
        assertEquals("钢筋工", closed.getString("trade"));
        assertEquals("2026-10-31", closed.getString("endedOn"));
        assertTrue(closed.getJsonArray("evidence").contains(Json.createObjectBuilder().add("kind", "IOU").add("held", true).build()));
        List<JsonObject> steps = closed.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(e -> "STEP".equals(e.getString("kind"))).toList();
        assertEquals(List.of("INTAKE", "SCREENING", "ACCEPTED", "ASSIGNED", "MEDIATION", "INSPECTION", "ARBITRATION",
                "COURT", "CLOSED"), steps.stream().map(e -> e.getString("step")).toList());
        assertTrue(steps.stream().skip(1).allMatch(e -> "legal-aid".equals(e.getString("by"))), steps.toString());
        assertTrue(steps.stream().allMatch(e -> !e.isNull("onDate") && !e.isNull("at")), steps.toString());
        assertEquals("2027-01-05", steps.get(6).getString("onDate"));
        assertEquals(900_000, steps.get(8).getJsonNumber("amountFen").longValue());
        assertNotNull(closed.getString("lastDemandOn"), "asking an authority for help restarts the limitation");
        assertProblem(legal.post("/api/legalaid/cases/" + id + "/steps", "{\"step\":\"COURT\"}"), 409,
                "case.step-not-allowed");

        JsonArray audit = array(admin.get("/api/audit?subjectType=case&subjectId=" + id + "&actor=legal-aid").body());
        assertTrue(audit.stream().map(JsonValue::asJsonObject).anyMatch(a -> "case.read".equals(a.getString("action"))),
                "every view of a case is audited: " + audit);
    }

    @Test
    void coordinatorsAndJobCounsellorsGetAnAuditedRefusal() throws Exception {
        long id = caseFromTheBot(phone(), company());
        for (String user : List.of("coordinator", "job-counsellor")) {
            Console who = Console.basic(server, user, WarmlineServer.DEMO_PASSWORD);
            assertProblem(who.get("/api/legalaid/cases/" + id), 403, "case.forbidden");
            assertProblem(who.get("/api/legalaid/cases"), 403, "case.forbidden");
            assertProblem(who.post("/api/legalaid/cases/" + id + "/notes", "{\"text\":\"看看\"}"), 403, "case.forbidden");
            JsonArray audit = array(admin.get("/api/audit?subjectType=case&subjectId=" + id + "&actor=" + user).body());
            assertTrue(audit.stream().map(JsonValue::asJsonObject).anyMatch(a -> "case.denied".equals(a.getString("action"))),
                    user + "'s refusal is in the audit log: " + audit);
        }
        assertEquals(200, admin.get("/api/legalaid/cases/" + id).statusCode());
        assertEquals(200, Console.basic(server, "supervisor", WarmlineServer.DEMO_PASSWORD)
                .get("/api/legalaid/cases/" + id).statusCode(), "the head office's supervisor sees every case");
    }

    @Test
    void hostileTextStaysTextAndBadInputIsAProblem() throws Exception {
        long id = caseFromTheBot(phone(), company());
        String hostile = "<script>alert(1)</script>' OR 1=1; DROP TABLE la_case;-- \"&amp;";
        JsonObject note = legal.ok("POST", "/api/legalaid/cases/" + id + "/notes",
                Json.createObjectBuilder().add("text", hostile).build().toString());
        assertEquals(hostile, note.getString("text"));
        // its own hostile name: LegalAidPagesBrowserIT's employer in Hangzhou carries <img …> and would link by containment
        String employer = "<svg onload=alert(2)>有限公司";
        legal.ok("PATCH", "/api/legalaid/cases/" + id, Json.createObjectBuilder().add("employerAsNamed", employer).build().toString());
        JsonObject read = caseOf(id);
        assertEquals(employer, read.getString("employerAsNamed"));
        assertEquals(hostile, read.getJsonArray("notes").getJsonObject(0).getString("text"));

        assertProblem(legal.post("/api/legalaid/cases/" + id + "/steps", "{\"step\":\"TELEPORT\"}"), 422, "validation.fields");
        assertProblem(legal.post("/api/legalaid/cases/" + id + "/received", "{\"receivedFen\":-1}"), 422, "validation.fields");
        assertProblem(legal.send("PATCH", "/api/legalaid/cases/" + id, "{\"amountOwedFen\":-100}", true), 422,
                "validation.fields");
        assertProblem(legal.post("/api/legalaid/cases/" + id + "/notes",
                Json.createObjectBuilder().add("text", "长".repeat(2001)).build().toString()), 422, "validation.fields");
        step(id, "{\"step\":\"SCREENING\"}");
        assertProblem(legal.post("/api/legalaid/cases/" + id + "/steps", Json.createObjectBuilder().add("step", "REJECTED")
                .add("reason", "理".repeat(2000)).build().toString()), 422, "validation.fields");
        assertProblem(legal.post("/api/legalaid/cases/" + id + "/screening",
                "{\"criteria\":[{\"criterion\":\"HOROSCOPE\",\"passed\":true}]}"), 422, "validation.fields");
        assertProblem(legal.get("/api/legalaid/cases/999999999"), 404, "case.not-found");
        HttpResponse<String> garbage = legal.post("/api/legalaid/cases/" + id + "/steps", "{\"step\":");
        assertTrue(garbage.statusCode() >= 400 && garbage.statusCode() < 500, garbage.body());
        JsonObject after = caseOf(id);
        assertEquals("SCREENING", after.getString("step"), "refused input changed nothing");
        assertEquals(900_000, after.getJsonNumber("amountOwedFen").longValue());
        assertEquals(1, after.getJsonArray("notes").size());
    }

    @Test
    void staffAnswerAConsultationWithACannedAnswerCitingTheLawAndOpenACaseFromIt() throws Exception {
        JsonArray zh = array(legal.get("/api/legalaid/canned-answers?topic=LABOUR_CONTRACT").body());
        JsonObject doubleWages = zh.getJsonObject(0);
        assertTrue(doubleWages.getString("text").contains("二倍的工资") && doubleWages.getString("text").contains("第八十二条"),
                doubleWages.toString());
        JsonArray en = array(legal.get("/api/legalaid/canned-answers?topic=LABOUR_CONTRACT&lang=en").body());
        assertTrue(en.getJsonObject(0).getString("text").contains("Art. 82"), en.toString());
        assertFalse(array(legal.get("/api/legalaid/canned-answers?topic=SOCIAL_INSURANCE").body()).isEmpty());
        assertProblem(legal.get("/api/legalaid/canned-answers?topic=ASTROLOGY"), 422, "validation.fields");

        String phone = phone();
        sms(phone, "干了三个月老板一直不签劳动合同，在杭州");
        sms(phone, "就这些");
        JsonObject consultation = consultations(phone, 1).get(0);
        long cid = consultation.getJsonNumber("id").longValue();
        HttpResponse<String> answered = legal.post("/api/legalaid/consultations/" + cid + "/answers",
                Json.createObjectBuilder().add("text", doubleWages.getString("text")).build().toString());
        assertEquals(201, answered.statusCode(), answered.body());
        assertProblem(legal.post("/api/legalaid/consultations/" + cid + "/answers", "{\"text\":\"\"}"), 422, "validation.fields");
        JsonObject listed = consultations(phone, 1).get(0);
        assertEquals(doubleWages.getString("text"), listed.getJsonArray("answers").getJsonObject(0).getString("text"));
        assertEquals("legal-aid", listed.getJsonArray("answers").getJsonObject(0).getString("by"));

        JsonObject first = legal.ok("POST", "/api/legalaid/consultations/" + cid + "/case", null);
        JsonObject again = legal.ok("POST", "/api/legalaid/consultations/" + cid + "/case", null);
        assertTrue(first.getBoolean("isNew"));
        assertFalse(again.getBoolean("isNew"), "the open case is joined, not doubled");
        assertEquals(first.getJsonNumber("caseId"), again.getJsonNumber("caseId"));
        assertEquals(listed.getString("topic"), caseOf(first.getJsonNumber("caseId").longValue()).getString("topic"));
    }

    @Test
    void theQueueListsUrgentCasesBeforeOthersThenTheOldestFirst() throws Exception {
        long calm = caseFromTheBot(phone(), company());
        long urgent = caseFromTheBot(phone(), company());
        legal.ok("PATCH", "/api/legalaid/cases/" + urgent, "{\"urgent\":true}");
        List<JsonObject> queue = array(legal.get("/api/legalaid/cases?step=INTAKE&limit=1000").body()).stream()
                .map(JsonValue::asJsonObject).toList();
        List<Long> ids = queue.stream().map(c -> c.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.contains(calm) && ids.contains(urgent), ids.toString());
        assertTrue(queue.stream().allMatch(c -> "INTAKE".equals(c.getString("step"))));
        for (int i = 1; i < queue.size(); i++) {
            JsonObject a = queue.get(i - 1);
            JsonObject b = queue.get(i);
            String dueA = a.containsKey("nextDeadline") ? a.getJsonObject("nextDeadline").getString("due") : "9999";
            String dueB = b.containsKey("nextDeadline") ? b.getJsonObject("nextDeadline").getString("due") : "9999";
            assertTrue(dueA.compareTo(dueB) < 0 || dueA.equals(dueB) && (a.getBoolean("urgent") && !b.getBoolean("urgent")
                    || a.getBoolean("urgent") == b.getBoolean("urgent")
                    && a.getString("createdAt").compareTo(b.getString("createdAt")) <= 0),
                    "queue order broken at " + a + " / " + b);
        }
        // a chat-only worker (another IT's evidence upload on the shared server) has no phone to mask
        assertTrue(queue.stream().map(c -> c.getString("phone")).noneMatch(p -> p.matches(".*\\d{5,}.*")),
                "no whole phone number in the queue");
        assertTrue(queue.stream().filter(c -> List.of(calm, urgent).contains(c.getJsonNumber("id").longValue()))
                .allMatch(c -> c.getString("phone").contains("****")), "the SMS workers' phones are masked in the queue");
    }

    @Test
    void theCaseViewAndTheQueueShowTheLegalClocks() throws Exception {
        long id = caseFromTheBot(phone(), company());
        JsonObject dated = legal.ok("PATCH", "/api/legalaid/cases/" + id,
                "{\"employmentEnded\":true,\"endedOn\":\"2026-01-10\",\"lastDemandOn\":\"2026-06-01\"}");
        JsonObject limitation = dated.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .filter(d -> "ARBITRATION_LIMITATION".equals(d.getString("kind"))).findFirst().orElseThrow();
        assertEquals("2027-06-01", limitation.getString("dueOn"), "ended 2026-01-10, demand 2026-06-01 (LDMAL Art. 27)");
        String next = dated.getJsonObject("nextDeadline").getString("due");
        assertTrue(next.compareTo("2027-06-01") <= 0, dated.getJsonObject("nextDeadline").toString());
        JsonObject row = array(legal.get("/api/legalaid/cases?limit=1000").body()).stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(next, row.getJsonObject("nextDeadline").getString("due"), "the queue sorts by this deadline");
    }
}
