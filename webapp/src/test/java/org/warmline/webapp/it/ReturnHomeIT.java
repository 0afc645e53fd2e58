package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Returning-home logistics on the packaged server (issue 6): a worker's SMS becomes a confirmed
 * request, a coordinator builds a trip by hand (rules enforced: 409 problem+json), publishes it, and
 * the passenger's offer SMS is a NOTICE row in the outbox; manifest and demand board exports are read
 * back with commons-csv and Apache POI inside this test, Timefold plans inside the server. The
 * worker's 1/2 reply needs the dialog wiring of ReturnHomeIntake.answerOffer (the lead's), so it is
 * not driven here.
 */
class ReturnHomeIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        // the evening before the 腊月二十二 (2027-01-29) coaches leave: check-in opens 12 hours before departure
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-returnhome"),
                Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00",
                        // a trip 34 hours ahead is marked departed below: a wide margin (default PT30M)
                        "WARMLINE_RETURNHOME_DEPARTURE_MARGIN", "P3D")).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<byte[]> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("coordinator:" + WarmlineServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject ok(String method, String path, String json) throws Exception {
        HttpResponse<byte[]> r = call(method, path, json);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, method + " " + path + " gave " + r.statusCode()
                + ": " + body + "\n" + server.tail(30));
        return Http.object(body);
    }

    /** A worker texts and confirms; @return their confirmed request */
    private static JsonObject confirmedRequest(String phone, String masked, String text) throws Exception {
        assertEquals(200, Http.sms(server, sid(), phone, text).statusCode());
        assertEquals(200, Http.sms(server, sid(), phone, "对").statusCode());
        List<JsonObject> mine = Http.getArray(server, "/api/returnhome/requests?status=CONFIRMED").stream()
                .map(JsonValue::asJsonObject).filter(r -> masked.equals(r.getString("phone"))).toList();
        assertEquals(1, mine.size(), "confirmed requests of " + masked);
        return mine.get(0);
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * The worker starts a wage question (the bot asks for the employer), then the seat offer arrives:
     * their bare "1" answers the offer they read last, not the bot's earlier question.
     */
    @Test
    void aSeatOfferIsAnsweredWhileALegalIntakeWaitsForItsAnswer() throws Exception {
        String phone = "+8613800136009";
        long requestId = confirmedRequest(phone, "138****6009", "腊月二十二从杭州回安徽六安，1个人").getJsonNumber("id").longValue();
        String asked = Http.sms(server, sid(), phone, "老板欠我三个月工资").body();
        assertTrue(asked.contains("<Message"), asked);
        long tripId = ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"MINIBUS_19\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],\"departure\":\"2027-01-29T09:30\"}")
                .getJsonNumber("id").longValue();
        ok("POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + requestId + "]}");
        ok("POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
        HttpResponse<String> yes = Http.sms(server, sid(), phone, "1");
        assertEquals(200, yes.statusCode());
        assertEquals(1, Http.getArray(server, "/api/returnhome/requests?status=SEAT_CONFIRMED").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("id").longValue() == requestId).count(),
                "the 1 confirmed the seat: " + yes.body());
    }

    @Test
    void webhookToPublishedTripQueuesTheOfferSmsAndTheManifestExportsOpen() throws Exception {
        JsonObject request = confirmedRequest("+8613800136001", "138****6001", "腊月二十二从杭州回安徽六安，2个人");
        long requestId = request.getJsonNumber("id").longValue();
        assertEquals("2027-01-29", request.getString("travelDate"));

        JsonObject trip = ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"COACH_45\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],\"departure\":\"2027-01-29T08:00\","
                + "\"carrier\":\"浙运\",\"driverContact\":\"王师傅\"}");
        long tripId = trip.getJsonNumber("id").longValue();
        assertEquals("DRAFT", trip.getString("status"));

        // a stop that does not serve the request: refused by the server with the rule named
        JsonObject other = ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"MINIBUS_19\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州东站\",\"stops\":[\"3412\"],\"departure\":\"2027-01-29T09:00\"}");
        HttpResponse<byte[]> refused = call("POST", "/api/returnhome/trips/" + other.getJsonNumber("id") + "/requests",
                "{\"requestIds\":[" + requestId + "]}");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("not on the trip's stops"));

        JsonObject assigned = ok("POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + requestId + "]}");
        assertEquals(2, assigned.getInt("seatsTaken"));
        // the same party on a second trip: never split
        assertEquals(409, call("POST", "/api/returnhome/trips/" + other.getJsonNumber("id") + "/requests",
                "{\"requestIds\":[" + requestId + "]}").statusCode());

        JsonObject published = ok("POST", "/api/returnhome/trips/" + tripId + "/publish", "{}");
        assertEquals("PUBLISHED", published.getString("status"));

        JsonArray outbox = Outbox.list(server, "+8613800136001");
        List<JsonObject> notices = outbox.stream().map(JsonValue::asJsonObject)
                .filter(m -> "NOTICE".equals(m.getString("kind", null))).toList();
        assertEquals(1, notices.size(), outbox.toString());
        String body = notices.get(0).getString("body");
        assertTrue(body.contains("1月29日 08:00") && body.contains("杭州汽车东站") && body.contains("2座")
                && body.contains("回复1确认 2取消"), body);

        List<JsonObject> mine = Http.getArray(server, "/api/returnhome/requests?status=OFFERED").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("id").longValue() == requestId).toList();
        assertEquals(1, mine.size());

        // a seat only offered is not checked in: the passenger has not said they come
        HttpResponse<byte[]> early = call("POST", "/api/returnhome/trips/" + tripId + "/manifest/" + requestId
                + "/check-in", "{\"boarded\":true}");
        assertEquals(409, early.statusCode());
        assertTrue(early.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(new String(early.body(), StandardCharsets.UTF_8).contains("OFFERED; only a party whose seat is confirmed"),
                new String(early.body(), StandardCharsets.UTF_8));

        // the passenger asks about the trip, then answers the offer with "1", through the dialog
        HttpResponse<String> when = Http.sms(server, "SMrhwhen000000000000000000000001", "+8613800136001", "我的车几点走");
        assertEquals(200, when.statusCode());
        assertTrue(when.body().contains("08:00") && when.body().contains("杭州汽车东站"), when.body());
        HttpResponse<String> yes = Http.sms(server, "SMrhyes0000000000000000000000001", "+8613800136001", "1");
        assertEquals(200, yes.statusCode());
        assertEquals(1, Http.getArray(server, "/api/returnhome/requests?status=SEAT_CONFIRMED").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("id").longValue() == requestId).count(),
                "the reply 1 confirmed the seat: " + yes.body());

        JsonObject manifest = ok("GET", "/api/returnhome/trips/" + tripId + "/manifest", null);
        assertEquals("138****6001", manifest.getJsonArray("lines").getJsonObject(0).getString("phone"));
        HttpResponse<byte[]> csv = call("GET", "/api/returnhome/trips/" + tripId + "/manifest.csv", null);
        assertEquals(200, csv.statusCode());
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(csv.body())).get(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(1, rows.size());
            assertEquals("138****6001", rows.get(0).get("电话"));
            assertEquals("已确认座位", rows.get(0).get("确认状态"), "statuses in Chinese (issue 10)");
        }
        HttpResponse<byte[]> xlsx = call("GET", "/api/returnhome/trips/" + tripId + "/manifest.xlsx", null);
        assertEquals(200, xlsx.statusCode(), server.tail(40));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(2.0, book.getSheet("乘客名单").getRow(1).getCell(2).getNumericCellValue());
        }
        assertTrue(server.output().stream().anyMatch(l -> l.contains("manifest read trip=" + tripId + " format=xlsx")),
                "audit line for the manifest");
        HttpResponse<byte[]> print = call("GET", "/api/returnhome/trips/" + tripId + "/manifest.html", null);
        String printed = new String(print.body(), StandardCharsets.UTF_8);
        assertTrue(printed.contains("138****6001"));
        for (String asset : new String[] {"/console/returnhome/manifest.css", "/console/returnhome/manifest.js"}) {
            assertTrue(printed.contains(asset), asset);
            assertEquals(200, call("GET", asset, null).statusCode(), asset + " is served, so the page prints styled under the CSP");
        }
        assertTrue(printed.contains("<html lang=\"zh-CN\">") && printed.contains("<dd>大巴 45座</dd>")
                && printed.contains("<td>已确认座位</td>") && printed.contains("<td class=\"tick\">☐</td>")
                && printed.contains("已确认座位：1 组，2 人") && printed.contains("<dd>王师傅</dd>")
                && printed.contains("<dt>经停站</dt><dd>六安市</dd>") && printed.contains("请协调员在控制台中查看完整号码")
                && !printed.contains("13800136001"), printed);
        String english = new String(call("GET", "/api/returnhome/trips/" + tripId + "/manifest.html?lang=en", null).body(),
                StandardCharsets.UTF_8);
        assertTrue(english.contains("<h1>Passenger manifest · Trip " + tripId + "</h1>")
                && english.contains("<td>Seat confirmed</td>") && english.contains("<dd>Coach, 45 seats</dd>"), english);
        HttpResponse<String> byHeader = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/api/returnhome/trips/" + tripId + "/manifest.html")).header("Accept-Language", "en-GB,en;q=0.8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("coordinator:"
                        + WarmlineServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(byHeader.body().contains("<html lang=\"en\">"), byHeader.body());

        JsonObject boarded = ok("POST", "/api/returnhome/trips/" + tripId + "/manifest/" + requestId + "/check-in",
                "{\"boarded\":true}");
        assertEquals("BOARDED", boarded.getString("status"));
        JsonArray audited = Http.getArray(server, "/api/audit?subjectType=trip-request&subjectId=" + requestId);
        assertTrue(audited.stream().map(JsonValue::asJsonObject).anyMatch(a -> "trip-request.checked-in".equals(
                a.getString("action")) && "coordinator".equals(a.getString("actor"))
                && a.getString("detail").equals("trip " + tripId + ": BOARDED")), audited.toString());
    }

    @Test
    void aTripInThePastIsRefusedCheckInWaitsUntilTwelveHoursBeforeDepartureAndChangesAreAudited() throws Exception {
        HttpResponse<byte[]> past = call("POST", "/api/returnhome/trips", "{\"vehicleType\":\"COACH_45\","
                + "\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"4304\"],"
                + "\"departure\":\"2020-01-01T08:00\"}");
        String pastBody = new String(past.body(), StandardCharsets.UTF_8);
        assertEquals(400, past.statusCode(), pastBody);
        assertTrue(past.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(pastBody.contains("departure 2020-01-01T08:00 (Asia/Shanghai) is not in the future"), pastBody);

        JsonObject request = confirmedRequest("+8613800136004", "138****6004", "腊月二十四从杭州回湖南衡阳，1个人");
        long requestId = request.getJsonNumber("id").longValue();
        assertEquals("2027-01-31", request.getString("travelDate"));
        String hengyang = "{\"vehicleType\":\"MINIBUS_19\",\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\","
                + "\"stops\":[\"4304\"],\"departure\":\"2027-01-31T08:00\",\"carrier\":\"浙运\"";
        long draft = ok("POST", "/api/returnhome/trips", hengyang + "}").getJsonNumber("id").longValue();
        long other = ok("POST", "/api/returnhome/trips", hengyang + "}").getJsonNumber("id").longValue();
        ok("POST", "/api/returnhome/trips/" + draft + "/requests", "{\"requestIds\":[" + requestId + "]}");
        ok("POST", "/api/returnhome/trips/" + draft + "/requests/" + requestId + "/move", "{\"toTripId\":" + other + "}");
        ok("DELETE", "/api/returnhome/trips/" + other + "/requests/" + requestId, null);
        ok("POST", "/api/returnhome/trips/" + other + "/cancel", null);

        ok("POST", "/api/returnhome/trips/" + draft + "/requests", "{\"requestIds\":[" + requestId + "]}");
        HttpResponse<byte[]> backwards = call("PUT", "/api/returnhome/trips/" + draft, hengyang.replace("2027-01-31T08:00",
                "2027-01-28T08:00") + "}");
        assertEquals(400, backwards.statusCode(), "a changed departure must lie in the future too");
        assertEquals("王师傅", ok("PUT", "/api/returnhome/trips/" + draft, hengyang + ",\"driverContact\":\"王师傅\"}")
                .getString("driverContact"), "a change that keeps the departure is accepted");
        ok("POST", "/api/returnhome/trips/" + draft + "/publish", "{}");
        assertEquals(200, Http.sms(server, sid(), "+8613800136004", "1").statusCode());
        assertEquals("SEAT_CONFIRMED", Http.getArray(server, "/api/returnhome/requests?status=SEAT_CONFIRMED").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("id").longValue() == requestId)
                .findFirst().orElseThrow().getString("status"));

        // 34 hours before departure: too early to board, even with the seat confirmed
        HttpResponse<byte[]> early = call("POST", "/api/returnhome/trips/" + draft + "/manifest/" + requestId
                + "/check-in", "{\"boarded\":false}");
        String earlyBody = new String(early.body(), StandardCharsets.UTF_8);
        assertEquals(409, early.statusCode(), earlyBody);
        assertTrue(earlyBody.contains("opens 12 hours before departure, at 2027-01-30T20:00"), earlyBody);

        ok("POST", "/api/returnhome/trips/" + draft + "/depart", null);
        ok("POST", "/api/returnhome/trips/" + draft + "/arrive", null);

        JsonArray tripAudit = Http.getArray(server, "/api/audit?subjectType=trip&subjectId=" + draft);
        List<String> actions = tripAudit.stream().map(a -> a.asJsonObject().getString("action")).toList();
        assertEquals(List.of("trip.arrived", "trip.departed", "trip.published", "trip.changed", "trip.assigned",
                "trip.assigned", "trip.created"), actions, tripAudit.toString());
        assertTrue(tripAudit.stream().map(JsonValue::asJsonObject).allMatch(a -> "coordinator".equals(a.getString("actor"))
                && !a.getString("at").isEmpty()), tripAudit.toString());
        JsonObject published = tripAudit.getJsonObject(2);
        assertEquals("status PUBLISHED; requests [" + requestId + "] offered seats until 2027-01-29T00:00:00Z",
                published.getString("detail"));
        String everything = tripAudit.toString() + Http.getArray(server, "/api/audit?subjectType=trip&subjectId=" + other)
                + Http.getArray(server, "/api/audit?subjectType=trip-request&subjectId=" + requestId);
        assertTrue(everything.contains("\"trip.unassigned\"") && everything.contains("\"trip.cancelled\"")
                && everything.contains("\"from trip " + draft + " to trip " + other + "\""), everything);
        assertTrue(!everything.contains("13800136004") && !everything.contains("王师傅"),
                "no phone and no driver contact in the audit log: " + everything);
    }

    @Test
    void notesThatLookLikeFormulasAreTextInBothExportsAndEscapedInThePrintView() throws Exception {
        String phone = "+8613800136005";
        assertEquals(200, Http.sms(server, sid(), phone, "腊月二十二从杭州回安徽六安，1个人").statusCode());
        assertEquals(200, Http.sms(server, sid(), phone, "转人工").statusCode());
        Console admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        int ticket = -1;
        for (int i = 0; i < 100 && ticket < 0; i++) {
            ticket = admin.ok("GET", "/api/helpdesk/conversations?status=all&size=200", null).getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(t -> "138****6005".equals(t.getString("phone", "")))
                    .mapToInt(t -> t.getInt("id")).findFirst().orElse(-1);
            Thread.sleep(ticket < 0 ? 200 : 0);
        }
        assertTrue(ticket > 0, "the worker's conversation is in the helpdesk");
        // what the operator types as the worker's notes: a spreadsheet formula and markup
        String notes = "=HYPERLINK(\"http://evil.example\",\"click\")<script>alert(1)</script>";
        JsonObject link = admin.ok("POST", "/api/helpdesk/conversations/" + ticket + "/escalations",
                "{\"service\":\"RETURNHOME\",\"fields\":{\"destination\":\"3415\",\"origin\":\"3301\","
                        + "\"travelDate\":\"2027-01-29\",\"partySize\":1,\"notes\":"
                        + jakarta.json.Json.createValue(notes) + "}}");
        long requestId = link.getJsonNumber("requestId").longValue();
        long tripId = ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"MINIBUS_19\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"<b>东站</b>\",\"stops\":[\"3415\"],\"departure\":\"2027-01-29T10:00\"}")
                .getJsonNumber("id").longValue();
        ok("POST", "/api/returnhome/trips/" + tripId + "/requests", "{\"requestIds\":[" + requestId + "]}");

        HttpResponse<byte[]> csv = call("GET", "/api/returnhome/trips/" + tripId + "/manifest.csv", null);
        assertEquals(200, csv.statusCode());
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(csv.body())).get(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals("'" + notes, parser.getRecords().get(0).get("备注"), "a leading quote: Excel shows text");
        }
        HttpResponse<byte[]> xlsx = call("GET", "/api/returnhome/trips/" + tripId + "/manifest.xlsx", null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var cell = book.getSheet("乘客名单").getRow(1).getCell(6);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
            assertEquals(notes, cell.getStringCellValue());
        }
        String html = new String(call("GET", "/api/returnhome/trips/" + tripId + "/manifest.html", null).body(),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>alert")
                && html.contains("&lt;b&gt;东站&lt;/b&gt;") && !html.contains("<b>东站"), html);
    }

    @Test
    void demandBoardCountsPeopleAndExportsOpen() throws Exception {
        confirmedRequest("+8613800136002", "138****6002", "腊月二十三从杭州回河南信阳，3个人");
        JsonObject board = ok("GET", "/api/returnhome/board?origin=3301&from=2027-01-30&to=2027-01-30", null);
        JsonObject row = board.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> "41".equals(r.getString("provinceCode"))).findFirst().orElseThrow();
        assertEquals(3, row.getInt("people"));
        assertEquals("河南省", row.getString("provinceName"));
        assertEquals(3, board.getJsonArray("chart").getJsonObject(0).getJsonObject("peoplePerDay").getInt("2027-01-30"));
        HttpResponse<byte[]> xlsx = call("GET", "/api/returnhome/board/export.xlsx?origin=3301&from=2027-01-30&to=2027-01-30", null);
        assertEquals(200, xlsx.statusCode(), server.tail(40));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("河南省", book.getSheet("需求看板").getRow(1).getCell(1).getStringCellValue());
            assertEquals(3.0, book.getSheet("需求看板").getRow(1).getCell(8).getNumericCellValue());
        }
        HttpResponse<byte[]> csv = call("GET", "/api/returnhome/board/export.csv?from=2027-01-30&to=2027-01-30", null);
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains("河南省"));
    }

    @Test
    void plannerProposesDraftTripsInsideTheServer() throws Exception {
        confirmedRequest("+8613800136003", "138****6003", "腊月二十五从杭州回安徽阜阳，4个人");
        JsonObject plan = ok("POST", "/api/returnhome/plans", "{\"originCode\":\"3301\",\"from\":\"2027-02-01\","
                + "\"to\":\"2027-02-01\",\"pickupPoint\":\"杭州汽车东站\",\"seconds\":2}");
        JsonArray trips = plan.getJsonArray("trips");
        assertEquals(1, trips.size(), plan.toString());
        assertEquals("DRAFT", trips.getJsonObject(0).getString("status"));
        assertEquals(4, trips.getJsonObject(0).getInt("seatsTaken"));
        long planId = plan.getJsonNumber("planId").longValue();
        assertEquals(1, ok("POST", "/api/returnhome/plans/" + planId + "/discard", null).getInt("cancelled"));
        HttpResponse<byte[]> gone = call("POST", "/api/returnhome/plans", "{\"originCode\":\"3301\",\"from\":\"2027-01-20\","
                + "\"to\":\"2027-02-01\",\"pickupPoint\":\"杭州汽车东站\",\"seconds\":2}");
        assertEquals(400, gone.statusCode(), "days already gone are not planned (clock: 2027-01-28)");
        JsonObject discarded = Http.getArray(server, "/api/audit?subjectType=plan&subjectId=" + planId).getJsonObject(0);
        assertEquals("plan.discarded", discarded.getString("action"));
        assertEquals("coordinator", discarded.getString("actor"));
        assertEquals("drafts cancelled [" + trips.getJsonObject(0).getJsonNumber("id") + "]", discarded.getString("detail"));
        JsonObject run = ok("POST", "/api/returnhome/deadlines/run", null);
        assertEquals(0, run.getInt("expired"));
    }
}
