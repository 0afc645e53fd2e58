package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collective claims and the inspection list over real HTTP on the shared packaged server (issue 12 points 4
 * and 5): three workers' claims against "杭州顺达建筑劳务有限公司", "顺达建筑" and "杭州顺达建筑劳务公司" at one
 * site end in one group of three with the right total; staff split and merge it, each change in the group's
 * audit trail and core's audit log; coordinators get 403; the inspection list's CSV and XLSX keep a hostile
 * "=cmd" employer name from being a formula. Claims are opened the way staff open them: a worker texts, asks
 * for a person, legal-aid staff escalate the conversation into a wage consultation (which opens the case).
 * The site is in Lishui (丽水 莲都区, 331102), a city no other IT files claims in, so the shared server's other
 * claims against 顺达 (in Hangzhou) stay in their own groups.
 */
class LegalGroupsIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;
    private static final String SITE = "331102";
    private static final String HOSTILE = "=cmd|' /C calc'!A0";
    private static final AtomicInteger SID = new AtomicInteger();

    static WarmlineServer server;
    static Console admin;
    static Console legal;
    static long[] cases;
    static long hostileCase;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        admin = Console.basic(server, "admin", PASSWORD);
        legal = Console.basic(server, "legal-aid", PASSWORD);
        cases = new long[] {
                claim("+8613930200101", "杭州顺达建筑劳务有限公司", 1_000_000L),
                claim("+8613930200102", "顺达建筑", 800_000L),
                claim("+8613930200103", "杭州顺达建筑劳务公司", 1_200_000L)};
        hostileCase = claim("+8613930200104", HOSTILE, 50_000_000L);
    }

    /** A worker texts about unpaid wages, asks for a person, legal-aid staff open the consultation; @return case id */
    private static long claim(String phone, String employer, long amountFen) throws Exception {
        sms(phone, "老板欠我三个月工资，在丽水莲都的工地");
        sms(phone, "转人工");
        String masked = phone.substring(3, 6) + "****" + phone.substring(phone.length() - 4);
        int ticket = admin.awaitConversation(masked, i -> "OPEN".equals(i.getString("status"))).getInt("id");
        String form = "{\"service\":\"LEGALAID\",\"fields\":{\"topic\":\"WAGE_ARREARS\",\"amountFen\":" + amountFen
                + ",\"monthsUnpaid\":3,\"site\":\"" + SITE + "\",\"employer\":\"" + employer.replace("\"", "\\\"")
                + "\"}}";
        HttpResponse<String> created = legal.send("POST", "/api/helpdesk/conversations/" + ticket + "/escalations",
                form, false);
        assertEquals(201, created.statusCode(), created.body() + server.tail(40));
        long consultation = Http.object(created.body()).getJsonNumber("requestId").longValue();
        return legal.ok("POST", "/api/legalaid/consultations/" + consultation + "/case", null)
                .getJsonNumber("caseId").longValue();
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SMlagroup" + SID.incrementAndGet() + "x".repeat(20), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonObject groupOf(long caseId) throws Exception {
        HttpResponse<String> r = legal.send("GET", "/api/legalaid/groups?case=" + caseId, null, false);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray list = array(r.body());
        assertEquals(1, list.size(), "case " + caseId + " has one group: " + r.body());
        return list.getJsonObject(0);
    }

    private static JsonArray array(String body) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray();
        }
    }

    private static Set<Long> ids(JsonArray numbers) {
        return numbers.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> set(long... values) {
        TreeSet<Long> s = new TreeSet<>();
        for (long v : values) {
            s.add(v);
        }
        return s;
    }

    private static HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void threeClaimsAgainstShundaUnderThreeNamesAtOneSiteAreOneGroupOfThreeWithTheirTotal() throws Exception {
        JsonObject group = groupOf(cases[0]);
        assertEquals(set(cases), ids(group.getJsonArray("caseIds")), group.toString());
        assertEquals(group.getJsonNumber("id").longValue(), groupOf(cases[1]).getJsonNumber("id").longValue());
        assertEquals(3, group.getInt("workers"));
        assertEquals(3_000_000L, group.getJsonNumber("owedFen").longValue());
        assertEquals(0L, group.getJsonNumber("recoveredFen").longValue());
        assertEquals("顺达建筑劳务", group.getString("employerNormalised"));
        JsonObject flag = group.getJsonArray("flags").getValuesAs(JsonObject.class).stream()
                .filter(f -> "ONE_WORKER_AMOUNT".equals(f.getString("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("3 months unpaid and 8,000 yuan or more for one worker: " + group));
        assertEquals(500_000L, flag.getJsonNumber("thresholdFen").longValue(), "Zhejiang: the 5,000 yuan default");
        assertTrue(flag.getString("reason").startsWith("单人欠薪3个月以上且达5000.00元"), flag.toString());
        assertFalse(group.getJsonArray("flags").toString().contains("TEN_OR_MORE_WORKERS"));
        assertFalse(ids(groupOf(hostileCase).getJsonArray("caseIds")).contains(cases[0]),
                "another employer at the same site is another group");

        JsonObject detail = legal.ok("GET", "/api/legalaid/groups/" + group.getJsonNumber("id"), null);
        assertEquals(3, detail.getJsonArray("members").size());
        String linkedBySystem = detail.getJsonArray("audit").getValuesAs(JsonObject.class).stream()
                .filter(a -> "LINKED".equals(a.getString("action")) && "system".equals(a.getString("by")))
                .map(a -> a.getString("caseIds")).collect(Collectors.joining(","));
        for (long c : cases) {
            assertTrue(("," + linkedBySystem + ",").contains("," + c + ","), "linking is audited: " + detail);
        }
    }

    @Test
    void staffSplitAndMergeAreAuditedInTheGroupAndTheAuditLog() throws Exception {
        long groupId = groupOf(cases[0]).getJsonNumber("id").longValue();
        JsonObject split = legal.ok("POST", "/api/legalaid/groups/" + groupId + "/split",
                "{\"caseIds\":[" + cases[2] + "],\"reason\":\"另一个项目\"}");
        long newGroup = split.getJsonObject("group").getJsonNumber("id").longValue();
        assertEquals(set(cases[2]), ids(split.getJsonObject("group").getJsonArray("caseIds")));
        JsonObject rest = groupOf(cases[0]);
        assertEquals(set(cases[0], cases[1]), ids(rest.getJsonArray("caseIds")));
        assertEquals(1_800_000L, rest.getJsonNumber("owedFen").longValue());
        assertEquals(2, rest.getInt("workers"));

        legal.ok("PATCH", "/api/legalaid/cases/" + cases[2], "{\"absconded\":true}");
        JsonObject staffPlaced = groupOf(cases[2]);
        assertEquals(newGroup, staffPlaced.getJsonNumber("id").longValue(), "an edit never undoes a staff split");
        assertTrue(staffPlaced.getJsonArray("flags").toString().contains("ABSCONDED"),
                "the summary follows the edit: " + staffPlaced);

        JsonObject merged = legal.ok("POST", "/api/legalaid/groups/" + groupId + "/merge",
                "{\"groupId\":" + newGroup + ",\"reason\":\"同一用人单位\"}");
        assertEquals(set(cases), ids(merged.getJsonObject("group").getJsonArray("caseIds")));
        assertEquals(3_000_000L, merged.getJsonObject("group").getJsonNumber("owedFen").longValue());
        assertTrue(merged.getJsonObject("group").getJsonArray("flags").toString().contains("ABSCONDED"));
        assertEquals(404, legal.send("GET", "/api/legalaid/groups/" + newGroup, null, false).statusCode(),
                "the merged-in group is gone");

        List<JsonObject> trail = merged.getJsonArray("audit").getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(a -> "SPLIT".equals(a.getString("action")) && "legal-aid".equals(a.getString("by"))
                && String.valueOf(cases[2]).equals(a.getString("caseIds")) && "另一个项目".equals(a.getString("reason"))),
                trail.toString());
        assertTrue(trail.stream().anyMatch(a -> "MERGED".equals(a.getString("action"))
                && a.getJsonNumber("otherGroupId").longValue() == newGroup && "legal-aid".equals(a.getString("by"))),
                trail.toString());
        String audit = Http.getArray(server, "/api/audit?subjectType=case-group&subjectId=" + groupId).toString();
        assertTrue(audit.contains("group.split") && audit.contains("group.merge") && audit.contains("legal-aid"), audit);

        HttpResponse<String> self = legal.send("POST", "/api/legalaid/groups/" + groupId + "/merge",
                "{\"groupId\":" + groupId + "}", false);
        assertEquals(409, self.statusCode(), self.body());
        assertEquals(400, legal.send("POST", "/api/legalaid/groups/" + groupId + "/split", "{\"caseIds\":[]}", false)
                .statusCode());
    }

    @Test
    void coordinatorsAndJobCounsellorsGet403OnGroupsAndTheInspectionList() throws Exception {
        for (String user : new String[] {"coordinator", "job-counsellor"}) {
            Console other = Console.basic(server, user, PASSWORD);
            for (String path : new String[] {"/api/legalaid/groups", "/api/legalaid/inspection-list",
                    "/api/legalaid/groups?case=" + cases[0]}) {
                HttpResponse<String> r = other.send("GET", path, null, false);
                assertEquals(403, r.statusCode(), user + " " + path + ": " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            }
        }
        String denied = Http.getArray(server, "/api/audit?actor=coordinator&limit=200").toString();
        assertTrue(denied.contains("case.denied"), "the refusal is audited: " + denied);
    }

    @Test
    void theInspectionListRanksTheGroupsAndItsExportsKeepAHostileNameAsText() throws Exception {
        JsonArray rows = array(legal.send("GET", "/api/legalaid/inspection-list?limit=2000", null, false).body());
        JsonObject shunda = rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getJsonNumber("caseId").longValue() == cases[0])).findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals(3, shunda.getInt("workers"));
        assertEquals(3, shunda.getJsonArray("cases").size());
        assertTrue(shunda.getJsonArray("cases").getJsonObject(0).getJsonArray("evidenceMissing").size() > 0);
        int previousWorkers = Integer.MAX_VALUE;
        long previousOwed = Long.MAX_VALUE;
        for (JsonObject r : rows.getValuesAs(JsonObject.class)) {
            int w = r.getInt("workers");
            long o = r.getJsonNumber("owedFen").longValue();
            assertTrue(w < previousWorkers || w == previousWorkers && o <= previousOwed, "ranked: " + r);
            previousWorkers = w;
            previousOwed = o;
        }

        HttpResponse<byte[]> csv = bytes("legal-aid", "/api/legalaid/inspection-list?format=csv&limit=2000");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF排名,群组编号,用人单位"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains(",'" + HOSTILE + ","), "the hostile name starts with a quote in CSV");
        assertFalse(text.contains("," + HOSTILE + ","), "never as a bare formula");

        HttpResponse<byte[]> xlsx = bytes("legal-aid", "/api/legalaid/inspection-list?format=xlsx&lang=en&limit=2000");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Wage inspection list");
            assertEquals("Employer", sheet.getRow(0).getCell(2).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(2) != null && row.getCell(2).getCellType() == CellType.STRING
                        && HOSTILE.equals(row.getCell(2).getStringCellValue())) {
                    found = true;
                }
                if (row.getCell(2) != null) {
                    assertFalse(row.getCell(2).getCellType() == CellType.FORMULA, "no formula cells");
                }
            }
            assertTrue(found, "the hostile name is a plain text cell");
        }
        assertEquals(403, bytes("coordinator", "/api/legalaid/inspection-list?format=csv").statusCode());
    }
}
