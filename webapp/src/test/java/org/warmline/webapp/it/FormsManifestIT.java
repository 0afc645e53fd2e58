package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, items 5 and 6 over HTTP against the packaged server: place names become places (the
 * suggestion endpoint), the manifest a driver can use (Chinese headers and statuses in CSV/XLSX, full
 * phones and names only after a reveal with a reason that is audited), "departed" refused before the
 * departure margin, a seat confirmed within 24 hours promising no reminder the day before, and one brand
 * name on every notice. The clock starts at 2027-01-28 22:00 (Asia/Shanghai), the evening before the
 * 腊月二十二 (2027-01-29 08:00) coaches.
 */
class FormsManifestIT {

    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared(Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<byte[]> call(String user, String method, String path, String json) throws Exception {
        return ReturnHomeApi.call(server, user, method, path, json);
    }

    private static HttpResponse<byte[]> call(String method, String path, String json) throws Exception {
        return call("coordinator", method, path, json);
    }

    private static String text(HttpResponse<byte[]> r) {
        return ReturnHomeApi.text(r);
    }

    private static JsonObject ok(String method, String path, String json) throws Exception {
        return ReturnHomeApi.ok(server, method, path, json);
    }

    private static JsonArray places(String q, String lang) throws Exception {
        HttpResponse<byte[]> r = call("operator", "GET", "/api/places?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (lang == null ? "" : "&lang=" + lang), null);
        assertEquals(200, r.statusCode(), text(r));
        return jakarta.json.Json.createReader(new java.io.StringReader(text(r))).readArray();
    }

    private static String sid() {
        return ReturnHomeApi.sid();
    }

    private static long confirmedRequest(String phone, String masked, String text) throws Exception {
        return ReturnHomeApi.confirmedRequest(server, phone, masked, text);
    }

    private static long publishedTrip(long requestId, String departure) throws Exception {
        return ReturnHomeApi.publishedTrip(server, requestId, departure);
    }

    private static List<CSVRecord> csv(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), text(r));
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(r.body())).get(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertFalse(rows.isEmpty());
            return rows;
        }
    }

    private static List<JsonObject> audit(String subjectType, long id) throws Exception {
        return Http.getArray(server, "/api/audit?subjectType=" + subjectType + "&subjectId=" + id).stream()
                .map(JsonValue::asJsonObject).toList();
    }

    @Test
    void placeNamesAndStationsAreSuggestedAsPlacesWithTheirCodesAndSameNamedPlacesApart() throws Exception {
        JsonObject hangzhou = places("杭州", null).getJsonObject(0);
        assertEquals("3301", hangzhou.getString("code"));
        assertEquals("浙江 杭州", hangzhou.getString("label"));
        assertEquals("3301", places("杭州市", "zh").getJsonObject(0).getString("code"));
        JsonObject xiaoshan = places("萧山区", "zh").getJsonObject(0);
        assertEquals("330109", xiaoshan.getString("code"));
        assertEquals("浙江 杭州 萧山区", xiaoshan.getString("label"));
        assertEquals("Xiaoshan, Hangzhou, Zhejiang", places("萧山区", "en").getJsonObject(0).getString("label"));
        JsonObject station = places("杭州东站", "zh").getJsonObject(0);
        assertEquals("3301", station.getString("code"));
        assertEquals("杭州东站", station.getString("station"));
        List<String> chaoyang = places("朝阳区", "zh").stream().map(v -> v.asJsonObject().getString("label")).toList();
        assertTrue(chaoyang.contains("北京 朝阳区") && chaoyang.contains("吉林 长春 朝阳区"), chaoyang.toString());
        assertTrue(places("杭州", "zh").size() <= 10, "a short list");

        HttpResponse<byte[]> tooLong = call("operator", "GET", "/api/places?q=" + "杭".repeat(41), null);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, call(null, "GET", "/api/places?q=%E6%9D%AD%E5%B7%9E", null).statusCode(), "staff only");
    }

    @Test
    void manifestAndBoardExportsHaveChineseHeadersAndStatusesAndEnglishOnRequest() throws Exception {
        long requestId = confirmedRequest("+8613800161001", "138****1001", "腊月二十二从杭州回安徽六安，2个人");
        long tripId = publishedTrip(requestId, "2027-01-29T08:00");
        assertEquals(200, Http.sms(server, sid(), "+8613800161001", "1").statusCode());

        CSVRecord row = csv(call("GET", "/api/returnhome/trips/" + tripId + "/manifest.csv", null)).get(0);
        assertEquals(List.of("申请号", "电话", "人数", "姓名", "目的地", "确认状态", "备注"), row.getParser().getHeaderNames());
        assertEquals("已确认座位", row.get("确认状态"));
        assertEquals("安徽 六安", row.get("目的地"));
        assertEquals("138****1001", row.get("电话"));
        CSVRecord english = csv(call("GET", "/api/returnhome/trips/" + tripId + "/manifest.csv?lang=en", null)).get(0);
        assertEquals("Seat confirmed", english.get("Status"));
        assertEquals("Lu'an, Anhui", english.get("Destination"));

        HttpResponse<byte[]> xlsx = call("GET", "/api/returnhome/trips/" + tripId + "/manifest.xlsx?lang=zh", null);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheet("乘客名单");
            assertEquals("确认状态", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals("已确认座位", sheet.getRow(1).getCell(5).getStringCellValue());
        }
        CSVRecord board = csv(call("GET", "/api/returnhome/board/export.csv?status=SEAT_CONFIRMED", null)).get(0);
        assertTrue(board.getParser().getHeaderNames().containsAll(List.of("省", "市", "县区", "出行日期", "组数", "人数")),
                board.getParser().getHeaderNames().toString());
        assertTrue(csv(call("GET", "/api/returnhome/board/export.csv?status=SEAT_CONFIRMED&lang=en", null)).get(0)
                .getParser().getHeaderNames().contains("Travel date"));
    }

    @Test
    void fullPhonesAndNamesAppearOnlyAfterARevealWithAReasonAndEveryStepIsAudited() throws Exception {
        long requestId = confirmedRequest("+8613800161002", "138****1002", "腊月二十二从杭州回安徽六安，3个人");
        long tripId = publishedTrip(requestId, "2027-01-29T08:00");
        JsonObject named = ok("PUT", "/api/returnhome/requests/" + requestId + "/passenger-name", "{\"name\":\"王建国\"}");
        assertEquals(requestId, named.getJsonNumber("id").longValue());
        String base = "/api/returnhome/trips/" + tripId + "/manifest";

        JsonObject masked = ok("GET", base, null).getJsonArray("lines").getJsonObject(0);
        assertEquals("王**", masked.getString("name"));
        assertEquals("138****1002", masked.getString("phone"));
        CSVRecord maskedRow = csv(call("GET", base + ".csv", null)).get(0);
        assertEquals("王**", maskedRow.get("姓名"));
        assertFalse(text(call("GET", base + ".html", null)).contains("王建国"));

        HttpResponse<byte[]> early = call("GET", base + ".csv?full=true", null);
        assertEquals(403, early.statusCode(), "no full numbers without a reveal: " + text(early));
        assertTrue(early.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<byte[]> noReason = call("POST", base + "/reveal", "{\"reason\":\"  \"}");
        assertEquals(400, noReason.statusCode(), text(noReason));

        JsonObject revealed = ok("POST", base + "/reveal", "{\"reason\":\"联系未到的乘客\"}");
        assertTrue(revealed.getString("revealedUntil").startsWith("2027-01-28T"), revealed.toString());
        CSVRecord full = csv(call("GET", base + ".csv?full=true", null)).get(0);
        assertEquals("王建国", full.get("姓名"));
        assertEquals("13800161002", full.get("电话").replace(" ", ""), "a number the coordinator can call");
        HttpResponse<byte[]> xlsx = call("GET", base + ".xlsx?full=true", null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("王建国", book.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
        }
        String printed = text(call("GET", base + ".html?lang=zh&full=true", null));
        assertTrue(printed.contains("王建国") && printed.contains("138 0016 1002") && printed.contains("本名单显示完整号码"), printed);
        assertFalse(text(call("GET", base + ".csv", null)).contains("王建国"), "masked unless asked in full");
        assertEquals(403, call("admin", "GET", base + ".csv?full=true", null).statusCode(), "a reveal is personal");

        List<JsonObject> tripAudit = audit("trip", tripId);
        assertTrue(tripAudit.stream().anyMatch(a -> "trip.manifest.reveal".equals(a.getString("action"))
                && "coordinator".equals(a.getString("actor")) && a.getString("detail").contains("联系未到的乘客")), tripAudit.toString());
        assertTrue(tripAudit.stream().filter(a -> "trip.manifest.full-read".equals(a.getString("action"))).count() >= 3,
                tripAudit.toString());
        List<JsonObject> requestAudit = audit("trip-request", requestId);
        assertTrue(requestAudit.stream().anyMatch(a -> "trip-request.named".equals(a.getString("action"))
                && !a.getString("detail").contains("王建国")), requestAudit.toString());
    }

    @Test
    void departedIsRefusedBeforeTheDepartureMarginInWordsAndTheTripSaysWhenCheckInOpens() throws Exception {
        long requestId = confirmedRequest("+8613800161003", "138****1003", "腊月二十二从杭州回安徽六安，1个人");
        long tripId = publishedTrip(requestId, "2027-01-29T08:00");
        JsonObject trip = ok("GET", "/api/returnhome/trips/" + tripId, null);
        assertTrue(trip.getString("checkInOpensLocal").startsWith("2027-01-28T20:00"), trip.toString());
        assertTrue(trip.getBoolean("checkInOpen"), "ten hours before departure check-in is open");
        assertTrue(trip.getString("departAllowedLocal").startsWith("2027-01-29T07:30"), trip.toString());
        assertFalse(trip.getBoolean("departAllowed"));

        HttpResponse<byte[]> depart = call("POST", "/api/returnhome/trips/" + tripId + "/depart", null);
        assertEquals(409, depart.statusCode(), text(depart));
        assertTrue(depart.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(text(depart).contains("can be marked departed from 2027-01-29T07:30"), text(depart));
        assertEquals("PUBLISHED", ok("GET", "/api/returnhome/trips/" + tripId, null).getString("status"));
    }

    @Test
    void aSeatConfirmedWithinADayOfDepartureIsNotPromisedAReminderTheDayBefore() throws Exception {
        String soonPhone = "+8613800161004";
        long soon = publishedTrip(confirmedRequest(soonPhone, "138****1004", "腊月二十二从杭州回安徽六安，1个人"),
                "2027-01-29T08:00");
        String soonReply = Http.sms(server, sid(), soonPhone, "1").body();
        assertTrue(soonReply.contains("已确认") && !soonReply.contains("前一天") && !soonReply.contains("提醒"),
                "trip " + soon + " leaves in 10 hours: " + soonReply);

        String laterPhone = "+8613800161005";
        publishedTrip(confirmedRequest(laterPhone, "138****1005", "腊月二十四从杭州回安徽六安，1个人"), "2027-01-31T08:00");
        String laterReply = Http.sms(server, sid(), laterPhone, "1").body();
        assertTrue(laterReply.contains("发车前一天会再提醒您"), laterReply);
    }

    @Test
    void everyNoticeToAWorkerCarriesTheOneBrandName() throws Exception {
        String phone = "+8613800161006";
        long requestId = confirmedRequest(phone, "138****1006", "腊月二十二从杭州回安徽六安，1个人");
        long tripId = publishedTrip(requestId, "2027-01-29T08:00");
        assertEquals(200, Http.sms(server, sid(), phone, "1").statusCode());
        ok("POST", "/api/returnhome/deadlines/run", null); // within 24 hours: the reminder
        ok("PUT", "/api/returnhome/trips/" + tripId, "{\"vehicleType\":\"COACH_45\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州汽车东站北广场\",\"stops\":[\"3415\"],\"departure\":\"2027-01-29T08:00\"}");
        ok("POST", "/api/returnhome/trips/" + tripId + "/cancel", null);

        List<JsonObject> notices = Outbox.list(server, phone).stream().map(JsonValue::asJsonObject)
                .filter(m -> "NOTICE".equals(m.getString("kind", null)) || "BULK".equals(m.getString("kind", null)))
                .toList();
        assertTrue(notices.size() >= 4, "offer, reminder, change, cancellation: " + notices);
        for (JsonObject m : notices) {
            String body = m.getString("body");
            assertTrue(body.startsWith("【暖心热线】") && !body.contains("暖途"), body);
        }
    }
}
