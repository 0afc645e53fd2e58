package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, points 8 and 9 over real HTTP on the shared server: a case's arbitration application and
 * labour-inspection complaint as printable pages and as PDF (text extracted with PDFBox) name the right parties
 * (申请人 / 被申请人, the general contractor that pays first under Decree 724 Art. 30), quote the worker, mask
 * phones unless revealed with a reason (audited), escape hostile text; coordinators get 403 (audited); and the
 * legal-aid figures count the case.
 */
class LegalDocumentsIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;
    private static final String LEAD = "+8613900139061";
    private static final String CO_WORKER = "+8613900139062";
    private static final String EMPLOYER = "杭州鸿远建筑劳务有限公司(文书)"; // not 顺达: LegalAidPagesBrowserIT groups 顺达 cases in Xiaoshan
    private static final String HOSTILE = "钱江<img src=x onerror=alert(1)>'; DROP TABLE la_case; --";

    private static WarmlineServer server;
    private static Console legal;
    private static long caseId;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        legal = Console.basic(server, "legal-aid", PASSWORD);
        caseId = LegalAidCases.open(server, legal, LEAD, "老板拖欠工资三个月，大概一万八千五百块，在杭州萧山");
        legal.ok("PATCH", "/api/legalaid/cases/" + caseId, "{\"employerAsNamed\":\"" + EMPLOYER + "\",\"projectName\":"
                + Json.createValue(HOSTILE) + ",\"siteCode\":\"330106\",\"trade\":\"钢筋工\",\"workedFrom\":\"2026-03-01\","
                + "\"workedTo\":\"2026-11-20\",\"employmentEnded\":true,\"endedOn\":\"2026-11-20\",\"amountOwedFen\":1850000,"
                + "\"monthsUnpaid\":4}");
        legal.ok("PUT", "/api/legalaid/cases/" + caseId + "/chain", "{\"parties\":[{\"role\":\"CLIENT\",\"name\":\"杭州钱江置业有限公司\"},"
                + "{\"role\":\"GENERAL_CONTRACTOR\",\"name\":\"浙江宏图建设集团有限公司\"},{\"role\":\"FOREMAN\",\"name\":\"王老板\"}]}");
        legal.ok("POST", "/api/legalaid/cases/" + caseId + "/claimants", "{\"phone\":\"" + CO_WORKER + "\",\"amountOwedFen\":1000000}");
        legal.ok("PUT", "/api/legalaid/cases/" + caseId + "/evidence", "{\"items\":[{\"kind\":\"IOU\",\"held\":true},"
                + "{\"kind\":\"CHAT_RECORDS\",\"held\":true},{\"kind\":\"LABOUR_CONTRACT\",\"held\":false}]}");
    }

    private static String path(String name) {
        return "/api/legalaid/cases/" + caseId + "/documents/" + name;
    }

    private static HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(String path) throws Exception {
        HttpResponse<byte[]> r = bytes("legal-aid", path);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(r.body(), 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument d = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    private static JsonArray audit(String query) throws Exception {
        return Http.getArray(server, "/api/audit?" + query);
    }

    @Test
    void arbitrationApplicationPageNamesThePartiesOfArticle28AndMasksPhones() throws Exception {
        HttpResponse<String> r = legal.get(path("arbitration-application"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = r.body();
        for (String expected : new String[] {"劳动人事争议仲裁申请书", "<h2>申请人</h2>", "<h2>被申请人</h2>", "<h2>仲裁请求</h2>",
                "<h2>事实和理由</h2>", "被申请人：" + EMPLOYER, "施工总承包单位：浙江宏图建设集团有限公司", "第三十条",
                "139****9061", "139****9062", "28,500.00元", "<blockquote class=\"words\">“老板拖欠工资三个月", "钢筋工"}) {
            assertTrue(page.contains(expected), "the page lacks " + expected + ": " + page);
        }
        assertFalse(page.contains("13900139061") || page.contains("139 0013 9061"), "phones masked");
        assertTrue(page.contains("钱江&lt;img src=x onerror=alert(1)&gt;&apos;; DROP TABLE la_case; --"), page);
        assertFalse(page.contains("<img"), "hostile text is escaped");
        assertFalse(page.contains("<style"), "no inline style (CSP)");
        assertTrue(page.contains("href=\"document.css\""));
        HttpResponse<String> css = legal.get("/api/legalaid/cases/" + caseId + "/documents/document.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("@page"));
    }

    @Test
    void arbitrationApplicationPdfExtractsWithTheChineseNamesAndMaskedPhones() throws Exception {
        String text = pdfText(path("arbitration-application") + "?format=pdf");
        for (String expected : new String[] {"劳动人事争议仲裁申请书", "被申请人：" + EMPLOYER, "浙江宏图建设集团有限公司",
                "139****9061", "139****9062", "<imgsrc=xonerror=alert(1)>", "事实和理由"}) {
            assertTrue(text.contains(expected), "the PDF lacks " + expected + ": " + text);
        }
        assertFalse(text.contains("13900139061"));
    }

    @Test
    void inspectionComplaintAsPageAndPdfNamesEmployerProjectAndFirstPayer() throws Exception {
        HttpResponse<String> r = legal.get(path("inspection-complaint"));
        assertEquals(200, r.statusCode(), r.body());
        for (String expected : new String[] {"劳动保障监察投诉书", "被投诉单位：" + EMPLOYER, "《劳动保障监察条例》第二十条",
                "浙江宏图建设集团有限公司先行清偿", "139****9061"}) {
            assertTrue(r.body().contains(expected), "the page lacks " + expected + ": " + r.body());
        }
        String text = pdfText(path("inspection-complaint") + "?format=pdf");
        assertTrue(text.contains("劳动保障监察投诉书") && text.contains("被投诉单位：" + EMPLOYER) && text.contains("139****9062"), text);
        String english = legal.get(path("inspection-complaint") + "?lang=en").body();
        assertTrue(english.contains("Labour Inspection Complaint") && english.contains("Employer: " + EMPLOYER), english);
    }

    @Test
    void phonesShowInFullOnlyWithAReasonAndTheRevealIsAudited() throws Exception {
        String reason = "仲裁委立案需要完整号码 " + UUID.randomUUID();
        HttpResponse<String> r = legal.get(path("arbitration-application") + "?reveal=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("139 0013 9061") && r.body().contains("139 0013 9062"), r.body());
        JsonArray entries = audit("subjectType=case&subjectId=" + caseId + "&actor=legal-aid");
        assertTrue(entries.getValuesAs(JsonObject.class).stream().anyMatch(e -> "phone.reveal".equals(e.getString("action"))
                && e.getString("detail", "").contains(reason)), entries.toString());
        assertTrue(entries.getValuesAs(JsonObject.class).stream().anyMatch(e -> "case.document".equals(e.getString("action"))),
                "every document read is audited: " + entries);
    }

    @Test
    void aCoordinatorGets403ForTheDocumentsAndTheFiguresAndTheRefusalIsAudited() throws Exception {
        Console coordinator = Console.basic(server, "coordinator", PASSWORD);
        for (String p : new String[] {path("arbitration-application"), path("inspection-complaint") + "?format=pdf",
                "/api/legalaid/dashboard"}) {
            HttpResponse<String> r = coordinator.get(p);
            assertEquals(403, r.statusCode(), p + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), p);
            assertEquals("case.forbidden", Http.object(r.body()).getString("code"), r.body());
        }
        JsonArray entries = audit("subjectType=case&subjectId=" + caseId + "&actor=coordinator");
        assertTrue(entries.getValuesAs(JsonObject.class).stream().anyMatch(e -> "case.denied".equals(e.getString("action"))),
                entries.toString());
    }

    @Test
    void unknownDocumentsFormatsAndCasesAreRefusedAsProblems() throws Exception {
        HttpResponse<String> unknown = legal.get("/api/legalaid/cases/" + caseId + "/documents/contract");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("document.unknown", Http.object(unknown.body()).getString("code"));
        HttpResponse<String> format = legal.get(path("arbitration-application") + "?format=docx");
        assertEquals(422, format.statusCode(), format.body());
        HttpResponse<String> noCase = legal.get("/api/legalaid/cases/987654321/documents/arbitration-application");
        assertEquals(404, noCase.statusCode(), noCase.body());
        HttpResponse<String> longReason = legal.get(path("arbitration-application") + "?reveal=" + "x".repeat(201));
        assertEquals(422, longReason.statusCode(), longReason.body());
    }

    @Test
    void theFiguresCountTheCaseForHqAndItsCentreAndRefuseAnUnknownCentre() throws Exception {
        JsonObject all = legal.ok("GET", "/api/legalaid/dashboard", null);
        assertTrue(all.getInt("openCases") >= 1, all.toString());
        assertTrue(all.getJsonNumber("owedFen").longValue() >= 2_850_000L, all.toString());
        assertTrue(all.getInt("workersHelped") >= 2, all.toString());
        assertFalse(all.getJsonArray("season").isEmpty(), all.toString());
        assertTrue(all.getBoolean("deadlinesKnown"), "laclock's deadlines are installed: " + all);
        assertTrue(all.getInt("deadlinesThisWeek") >= 1, "a new case's legal-aid decision is due within 7 days: " + all);
        assertTrue(all.getJsonArray("centres").getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("code").isEmpty()),
                "HQ staff may choose all centres: " + all);
        JsonObject hq = legal.ok("GET", "/api/legalaid/dashboard?centre=HQ", null);
        assertEquals(all.getInt("openCases"), hq.getInt("openCases"), "HQ covers every case");
        HttpResponse<String> nope = legal.get("/api/legalaid/dashboard?centre=NOPE");
        assertEquals(404, nope.statusCode(), nope.body());
    }

    /** Opens legal-aid cases over HTTP: a worker's SMS intake, then staff open a case from the consultation. */
    static final class LegalAidCases {

        private LegalAidCases() {
        }

        /**
         * @param server the server
         * @param staff  a legal-aid staff client
         * @param phone  the worker's phone (unique per test class)
         * @param words  the worker's first message (a wage claim)
         * @return the case id
         */
        static long open(WarmlineServer server, Console staff, String phone, String words) throws Exception {
            for (String body : new String[] {words, "就这些"}) {
                HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), phone, body);
                assertEquals(200, r.statusCode(), r.body());
            }
            String masked = phone.substring(3, 6) + "****" + phone.substring(phone.length() - 4);
            java.time.Instant until = java.time.Instant.now().plusSeconds(20);
            while (java.time.Instant.now().isBefore(until)) {
                HttpResponse<String> list = staff.get("/api/legalaid/consultations?limit=1000");
                assertEquals(200, list.statusCode(), list.body());
                for (JsonObject c : Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class)) {
                    if (masked.equals(c.getString("phone", ""))) {
                        JsonObject opened = staff.ok("POST", "/api/legalaid/consultations/" + c.getJsonNumber("id").longValue()
                                + "/case", "{}");
                        return opened.getJsonNumber("caseId").longValue();
                    }
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no consultation of " + masked);
        }
    }
}
