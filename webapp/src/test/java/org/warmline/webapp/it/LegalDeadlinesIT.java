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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The legal clocks of a wage case over HTTP (issue 12 point 3): cases opened by the bot's intake, their facts and
 * steps set through the cases API, their deadlines read from {@code /api/legalaid/deadlines}. The shared server's
 * clock starts at 2026-12-01 09:00 in Asia/Shanghai ({@link WarmlineServer#FIXED_CLOCK}).
 */
class LegalDeadlinesIT {

    /** Letters for unique employer names: the heavenly stems, which no number parser reads as digits. */
    /** "Today" on the shared server. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static WarmlineServer server;
    private static Console legal;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        legal = Console.basic(server, "legal-aid", WarmlineServer.DEMO_PASSWORD);
    }




    /** @return a unique employer of this class, e.g. 恒丁乙甲戊劳务有限公司 */
    private static String company() {
        return LegalTestWorkers.company("恒", "劳务有限公司");
    }

    /** @return a unique mobile number of this class (+861351261 xxxx) */
    private static String phone() {
        return LegalTestWorkers.phone("+861351261");
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    /**
     * A worker texts a wage claim against a new company; @return the case id the bot's intake opened (waits up to
     * 90 s: the messages are stored first and processed in the worker's lane, slow on a busy machine).
     */
    private static long newCase() throws Exception {
        String phone = phone();
        String company = company();
        sms(phone, company + "拖欠工资两个月，九千块，在苏州");
        sms(phone, "就这些");
        Instant until = Instant.now().plusSeconds(90);
        List<JsonObject> mine = List.of();
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> r = legal.get("/api/legalaid/consultations?limit=1000");
            assertEquals(200, r.statusCode(), r.body());
            mine = array(r.body()).stream().map(JsonValue::asJsonObject)
                    .filter(c -> LegalTestWorkers.masked(phone).equals(c.getString("phone", ""))).toList();
            Optional<JsonObject> opened = mine.stream().filter(c -> !c.isNull("caseId")).findFirst();
            if (opened.isPresent()) {
                return opened.get().getJsonNumber("caseId").longValue();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no case opened for " + LegalTestWorkers.masked(phone) + " (" + company + "); consultations: " + mine);
    }

    private static void patch(long caseId, String json) throws Exception {
        legal.ok("PATCH", "/api/legalaid/cases/" + caseId, json);
    }

    private static void step(long caseId, String json) throws Exception {
        legal.ok("POST", "/api/legalaid/cases/" + caseId + "/steps", json);
    }

    private static JsonObject clocks(long caseId) throws Exception {
        return legal.ok("GET", "/api/legalaid/deadlines/cases/" + caseId, null);
    }

    private static JsonObject deadline(JsonObject clocks, String kind) {
        return clocks.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .filter(d -> kind.equals(d.getString("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + clocks));
    }

    private static JsonArray list(String path) throws Exception {
        HttpResponse<String> r = legal.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return array(r.body());
    }

    private static List<JsonObject> ofCase(JsonArray rows, long caseId) {
        return rows.stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("caseId").longValue() == caseId)
                .toList();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertEquals(code, Http.object(r.body()).getString("code"), r.body());
    }

    @Test
    void employmentEndedOn10JanuaryWithADemandOn1June2026GivesALimitationDeadlineOf1June2027() throws Exception {
        long caseId = newCase();
        patch(caseId, "{\"employmentEnded\":true,\"endedOn\":\"2026-01-10\",\"lastDemandOn\":\"2026-06-01\"}");
        JsonObject limitation = deadline(clocks(caseId), "ARBITRATION_LIMITATION");
        assertEquals("2027-06-01", limitation.getString("dueOn"));
        assertEquals("RESTARTED_BY_DEMAND", limitation.getString("basis"));
        assertTrue(limitation.getString("rule").contains("第二十七条"), limitation.toString());
        assertEquals("仲裁时效", limitation.getString("label"));
        assertFalse(limitation.getBoolean("weekendsOnly"));
        // the case queue's nearest deadline comes from the clocks: legal aid decides within 7 days of intake
        JsonObject view = legal.ok("GET", "/api/legalaid/cases/" + caseId, null);
        assertEquals("LEGAL_AID_DECISION", view.getJsonObject("nextDeadline").getString("what"), view.toString());
        assertEquals(TODAY.plusDays(7).toString(), view.getJsonObject("nextDeadline").getString("due"));
    }

    @Test
    void anInspectionComplaintFiledJustBeforeNationalDaySkipsTheHolidayAndCountsTheMakeUpSaturday() throws Exception {
        long caseId = newCase();
        step(caseId, "{\"step\":\"SCREENING\"}");
        step(caseId, "{\"step\":\"ACCEPTED\"}");
        step(caseId, "{\"step\":\"ASSIGNED\",\"assignee\":\"legal-aid\"}");
        step(caseId, "{\"step\":\"INSPECTION\",\"onDate\":\"2026-09-30\"}");
        JsonObject clocks = clocks(caseId);
        JsonObject acceptance = deadline(clocks, "INSPECTION_ACCEPTANCE");
        // Wed 30 Sep; 1-7 Oct off; Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13 Oct
        assertEquals("2026-10-13", acceptance.getString("dueOn"));
        assertFalse(acceptance.getBoolean("weekendsOnly"));
        assertTrue(acceptance.getString("rule").contains("第十八条"), acceptance.toString());
        // 60 working days from 13 Oct run into 2027, whose notice is not in the table: the deadline says so
        JsonObject investigation = deadline(clocks, "INSPECTION_INVESTIGATION");
        assertTrue(investigation.getBoolean("weekendsOnly"), investigation.toString());
        assertTrue(investigation.getString("calendarNote").startsWith("2027年"), investigation.toString());
        assertTrue(investigation.getString("calendarNoteEn").contains("2027"), investigation.toString());
        assertNotNull(investigation.getString("extendedDueOn"));
    }

    @Test
    void aClaimAtTheFinalAwardLimitIsFinalAndOneFenAboveIsNot() throws Exception {
        long atLimit = newCase();
        long above = newCase();
        patch(atLimit, "{\"siteCode\":\"320500\",\"amountOwedFen\":2988000}");
        patch(above, "{\"siteCode\":\"320500\",\"amountOwedFen\":2988001}");
        JsonObject yes = clocks(atLimit).getJsonObject("finalAward");
        JsonObject no = clocks(above).getJsonObject("finalAward");
        assertTrue(yes.getBoolean("finalAward"), yes.toString());
        assertFalse(no.getBoolean("finalAward"), no.toString());
        assertEquals(2_988_000L, yes.getJsonNumber("limitFen").longValue());
        assertEquals("江苏省", yes.getString("province"));
        assertTrue(yes.getString("rule").contains("第四十七条"));
    }

    @Test
    void aCaseWithoutDatesIsListedAsMissingUntilTheEndOfEmploymentIsRecordedThenItsLimitationIsDueThisWeek()
            throws Exception {
        long caseId = newCase();
        List<JsonObject> missing = ofCase(list("/api/legalaid/deadlines/missing"), caseId);
        assertEquals(1, missing.size(), "a case without dates is missing a deadline");
        assertEquals("NO_DATES", missing.get(0).getString("reason"));

        patch(caseId, "{\"employmentEnded\":false}");
        assertEquals("EMPLOYED", ofCase(list("/api/legalaid/deadlines/missing"), caseId).get(0).getString("reason"));

        // the job ended a year ago less 4 days: the limitation runs out on 5 December, 4 days from today
        patch(caseId, "{\"employmentEnded\":true,\"endedOn\":\"2025-12-05\"}");
        assertTrue(ofCase(list("/api/legalaid/deadlines/missing"), caseId).isEmpty());
        List<JsonObject> week = ofCase(list("/api/legalaid/deadlines?within=7"), caseId);
        assertTrue(week.stream().anyMatch(d -> "ARBITRATION_LIMITATION".equals(d.getJsonObject("deadline").getString("kind"))
                && "2026-12-05".equals(d.getJsonObject("deadline").getString("dueOn"))
                && d.getJsonObject("deadline").getInt("daysLeft") == 4), week.toString());
        assertTrue(ofCase(list("/api/legalaid/deadlines?within=2"), caseId).isEmpty(), "due in 4 days, not in 2");
        // fewer than 7 days before the limitation ends: legal aid may act first (Legal Aid Law Art. 44)
        JsonObject clocks = clocks(caseId);
        assertTrue(clocks.getBoolean("actFirst"), clocks.toString());
        assertTrue(clocks.getString("actFirstText").contains("第四十四条"), clocks.toString());
    }

    @Test
    void remindersOfADeadlineFourDaysAwayAreWrittenOnceAndShownToStaff() throws Exception {
        long caseId = newCase();
        patch(caseId, "{\"employmentEnded\":true,\"endedOn\":\"2025-12-05\"}");
        // (the hourly job may have written them first: either way they are there, once)
        legal.ok("POST", "/api/legalaid/deadlines/reminders/run", "{}");
        List<JsonObject> mine = ofCase(list("/api/legalaid/deadlines/reminders?limit=1000"), caseId);
        assertTrue(mine.stream().anyMatch(r -> "ARBITRATION_LIMITATION".equals(r.getString("kind"))
                && r.getInt("daysBefore") == 7 && "2026-12-05".equals(r.getString("dueOn"))
                && "仲裁时效".equals(r.getString("label"))), mine.toString());
        legal.ok("POST", "/api/legalaid/deadlines/reminders/run", "{}");
        assertEquals(mine.size(), ofCase(list("/api/legalaid/deadlines/reminders?limit=1000"), caseId).size(),
                "a second run writes nothing again");
    }

    @Test
    void badInputAndOutsidersGetProblemsAndTheSourcesAreListed() throws Exception {
        assertProblem(legal.get("/api/legalaid/deadlines?within=abc"), 422, "deadline.within");
        assertProblem(legal.get("/api/legalaid/deadlines?within=400"), 422, "deadline.within");
        assertProblem(legal.get("/api/legalaid/deadlines/cases/987654321"), 404, "case.not-found");
        Console coordinator = Console.basic(server, "coordinator", WarmlineServer.DEMO_PASSWORD);
        assertProblem(coordinator.get("/api/legalaid/deadlines?within=7"), 403, "case.forbidden");
        JsonObject sources = legal.ok("GET", "/api/legalaid/deadlines/sources", null);
        JsonObject y2026 = sources.getJsonArray("holidayNotices").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getInt("year") == 2026).findFirst().orElseThrow();
        assertTrue(y2026.getString("title").contains("2026年部分节假日安排"), y2026.toString());
        assertTrue(y2026.getString("url").startsWith("http"), y2026.toString());
        assertEquals(2023, sources.getInt("lunarCarriesUpTo"));
    }
}
