package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence files (issue 12, point 6) over real HTTP on the shared server: a JPEG through the web chat
 * and a PDF through Twilio MMS (FakeTwilio serving the media) end on the worker's case and download to
 * legal-aid staff with the same bytes; a 6 MB file, a text file that claims to be a JPEG and an empty
 * file are refused (problem+json in the chat, a polite reply by SMS) and store nothing.
 */
class EvidenceUploadIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String LEGAL = "legal-aid";

    private static WarmlineServer server;
    private static FakeTwilio twilio;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        twilio = new FakeTwilio();
    }

    @AfterAll
    static void stop() {
        twilio.close();
    }

    // ---- files made here ------------------------------------------------------------------------

    /** @return a small JPEG written by javax.imageio */
    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            image.setRGB(x, x % 30, Color.RED.getRGB());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "jpg", out));
        return out.toByteArray();
    }

    /** @return a one-page PDF written by hand */
    static byte[] pdf() {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** @return 6 MB that start like a JPEG */
    static byte[] sixMegabytes() throws IOException {
        byte[] big = new byte[6 * 1024 * 1024];
        byte[] head = jpeg();
        System.arraycopy(head, 0, big, 0, head.length);
        return big;
    }

    static final byte[] NOT_A_PICTURE = "老板欠我工资，这是文字不是照片\n".getBytes(StandardCharsets.UTF_8);

    // ---- the worker's side -------------------------------------------------------------------------

    private static String newChat() throws Exception {
        HttpResponse<String> created = Http.postJson(server, "/chat/api/sessions", "{}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getString("chatId");
    }

    private static JsonObject say(String chatId, String text) throws Exception {
        HttpResponse<String> sent = Http.postJson(server, "/chat/api/sessions/" + chatId + "/messages",
                "{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"body\":\"" + text + "\"}");
        assertEquals(200, sent.statusCode(), sent.body());
        return Http.object(sent.body());
    }

    private static HttpResponse<String> upload(String chatId, String name, String type, byte[] bytes) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/api/sessions/" + chatId
                        + "/files?clientMessageId=" + UUID.randomUUID() + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int chatMessages(String chatId) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/api/sessions/"
                + chatId + "/messages?max=500")).GET().build(), HttpResponse.BodyHandlers.ofString());
        return Http.object(r.body()).getJsonArray("messages").size();
    }

    /** @return the TwiML answer to an MMS whose media FakeTwilio serves */
    private static String mms(String phone, String body, String declaredType, byte[]... files) throws Exception {
        String sid = "MM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> form = Http.smsForm(sid, phone, body);
        form.put("NumMedia", String.valueOf(files.length));
        for (int i = 0; i < files.length; i++) {
            form.put("MediaUrl" + i, twilio.serveMedia(sid, files[i]));
            form.put("MediaContentType" + i, declaredType);
        }
        HttpResponse<String> answer = Http.postWebhook(server, form, Http.sign(WarmlineServer.AUTH_TOKEN,
                WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/sms", form));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String sms(String phone, String body) throws Exception {
        HttpResponse<String> answer = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), phone, body);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    // ---- the staff side -----------------------------------------------------------------------------

    private static Set<Integer> consultationIds() throws Exception {
        return Http.getArray(server, "/api/legalaid/consultations?limit=1000").stream()
                .map(r -> r.asJsonObject().getInt("id")).collect(Collectors.toSet());
    }

    /** @return the one consultation opened since {@code before} */
    private static JsonObject newConsultation(Set<Integer> before) throws Exception {
        var fresh = Http.getArray(server, "/api/legalaid/consultations?limit=1000").stream()
                .map(JsonValue::asJsonObject).filter(r -> !before.contains(r.getInt("id"))).toList();
        assertEquals(1, fresh.size(), fresh.toString());
        return fresh.get(0);
    }

    /** @return the case the wage-arrears intake opened for the consultation (legal-aid staff open one if none) */
    private static long caseOf(JsonObject consultation) throws Exception {
        if (consultation.containsKey("caseId") && !consultation.isNull("caseId")) {
            return consultation.getJsonNumber("caseId").longValue();
        }
        return Console.basic(server, LEGAL, WarmlineServer.DEMO_PASSWORD)
                .ok("POST", "/api/legalaid/consultations/" + consultation.getInt("id") + "/case", "{}")
                .getJsonNumber("caseId").longValue();
    }

    /** @return the case's evidence checklist as legal-aid staff see it: kind → held */
    private static Map<String, Boolean> checklist(long caseId) throws Exception {
        HttpResponse<String> r = Http.get(server, "/api/legalaid/cases/" + caseId, LEGAL, WarmlineServer.DEMO_PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r.body()).getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("kind"), e -> e.getBoolean("held")));
    }

    private static JsonArray caseFiles(long caseId) throws Exception {
        HttpResponse<String> r = Http.get(server, "/api/legalaid/cases/" + caseId + "/files", LEGAL,
                WarmlineServer.DEMO_PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static HttpResponse<byte[]> download(long fileId, String user) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/legalaid/files/" + fileId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + WarmlineServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Legal-aid staff download the file: the same bytes, its stored type, as an attachment, never sniffed. */
    private static void assertDownloads(JsonObject file, byte[] expected, String type) throws Exception {
        HttpResponse<byte[]> got = download(file.getJsonNumber("id").longValue(), LEGAL);
        assertEquals(200, got.statusCode());
        assertArrayEquals(expected, got.body());
        assertEquals(type, got.headers().firstValue("Content-Type").orElse(""));
        assertTrue(got.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                got.headers().toString());
        assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** A chat worker with a wage claim and an open case. @return chat id and case id */
    private record ChatCase(String chatId, long caseId) { }

    private static ChatCase chatWorkerWithCase(String employerCity) throws Exception {
        Set<Integer> before = consultationIds();
        String chatId = newChat();
        say(chatId, "老板拖欠工资两个月，大概九千块，在" + employerCity);
        say(chatId, "就这些");
        return new ChatCase(chatId, caseOf(newConsultation(before)));
    }

    // ---- tests ---------------------------------------------------------------------------------------

    @Test
    void jpegSentInTheChatIsOnTheWorkersCaseAndDownloadsWithTheSameBytes() throws Exception {
        ChatCase worker = chatWorkerWithCase("东莞");
        byte[] photo = jpeg();
        HttpResponse<String> sent = upload(worker.chatId(), "欠条.jpg", "image/jpeg", photo);
        assertEquals(201, sent.statusCode(), sent.body());
        JsonObject receipt = Http.object(sent.body());
        assertEquals("ON_CASE", receipt.getString("outcome"));
        assertTrue(receipt.getString("reply").contains("欠薪案子"), receipt.getString("reply"));

        JsonArray files = caseFiles(worker.caseId());
        assertEquals(1, files.size(), files.toString());
        JsonObject file = files.getJsonObject(0);
        assertEquals("image/jpeg", file.getString("contentType"));
        assertEquals("PHOTO", file.getString("kind"));
        assertEquals(photo.length, file.getJsonNumber("size").longValue());
        assertEquals("欠条.jpg", file.getString("name"));
        assertEquals("CHAT", file.getString("channel"));

        assertDownloads(file, photo, "image/jpeg");
        assertEquals(Boolean.TRUE, checklist(worker.caseId()).get("PHOTOS"), "a photo marks PHOTOS on the checklist");
        assertTrue(Http.getArray(server, "/api/audit?subjectType=evidence-file&subjectId=" + file.getInt("id"))
                .toString().contains("evidence.download"), "the download is audited");
    }

    @Test
    void pdfSentByMmsIsOnTheWorkersCaseAndDownloadsWithTheSameBytes() throws Exception {
        String phone = "+8615855120001";
        Set<Integer> before = consultationIds();
        sms(phone, "老板拖欠工资三个月，一万二，在东莞");
        sms(phone, "就这些");
        long caseId = caseOf(newConsultation(before));
        byte[] document = pdf();
        String answer = mms(phone, "", "application/pdf", document);
        assertTrue(answer.contains("欠薪案子"), answer);
        assertTrue(twilio.mediaFetches().stream().anyMatch(f -> f.contains("/Media/")), "the server fetched the media");

        JsonArray files = caseFiles(caseId);
        assertEquals(1, files.size(), files.toString());
        JsonObject file = files.getJsonObject(0);
        assertEquals("application/pdf", file.getString("contentType"));
        assertEquals("DOCUMENT", file.getString("kind"));
        assertEquals("SMS", file.getString("channel"));
        assertDownloads(file, document, "application/pdf");
    }

    @Test
    void sixMegabytesATextCallingItselfJpegAndAnEmptyFileGetProblemsInTheChatAndStoreNothing() throws Exception {
        ChatCase worker = chatWorkerWithCase("广州");
        int messages = chatMessages(worker.chatId());
        int files = caseFiles(worker.caseId()).size();
        Map<Integer, HttpResponse<String>> answers = Map.of(
                413, upload(worker.chatId(), "big.jpg", "image/jpeg", sixMegabytes()),
                415, upload(worker.chatId(), "photo.jpg", "image/jpeg", NOT_A_PICTURE),
                400, upload(worker.chatId(), "empty.jpg", "image/jpeg", new byte[0]));
        for (var answer : answers.entrySet()) {
            HttpResponse<String> r = answer.getValue();
            assertEquals(answer.getKey(), r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            String reply = Http.object(r.body()).getString("reply");
            assertTrue(reply.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "the reply is in the page's language: " + reply);
        }
        assertEquals(files, caseFiles(worker.caseId()).size(), "no file stored");
        assertEquals(messages, chatMessages(worker.chatId()), "no message stored");
    }

    @Test
    void sixMegabytesATextCallingItselfJpegAndAnEmptyFileByMmsGetAPoliteReplyAndStoreNothing() throws Exception {
        String phone = "+8615855120002";
        Set<Integer> before = consultationIds();
        sms(phone, "包工头欠我们工资两个月，八千块，在东莞");
        sms(phone, "就这些");
        long caseId = caseOf(newConsultation(before));
        assertTrue(mms(phone, "", "image/jpeg", sixMegabytes()).contains("太大"));
        assertTrue(mms(phone, "", "image/jpeg", NOT_A_PICTURE).contains("PDF"));
        assertTrue(mms(phone, "", "image/jpeg", new byte[0]).contains("空"));
        assertEquals(0, caseFiles(caseId).size(), "no file stored");
    }

    @Test
    void photoFromAWorkerWithNoLegalMatterIsKeptWithTheChatMessageForOperators() throws Exception {
        String chatId = newChat();
        int messages = chatMessages(chatId);
        HttpResponse<String> sent = upload(chatId, "ticket.png", "image/png", png());
        assertEquals(201, sent.statusCode(), sent.body());
        JsonObject receipt = Http.object(sent.body());
        assertEquals("WITH_MESSAGE", receipt.getString("outcome"));
        assertTrue(receipt.getString("reply").contains("工作人员"), receipt.getString("reply"));
        assertEquals(messages + 2, chatMessages(chatId), "the file's message and the reply are in the chat");
        HttpResponse<String> again = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/chat/api/sessions/" + chatId + "/messages")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(again.body().contains("ticket.png"), again.body());
    }

    /** @return a small PNG written by javax.imageio */
    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(5, 5, Color.BLUE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    @Test
    void photoSentWhileTellingTheBotAboutUnpaidWagesGoesOnTheCaseTheIntakeOpens() throws Exception {
        Set<Integer> before = consultationIds();
        String chatId = newChat();
        say(chatId, "老板拖欠工资三个月，大概一万五，在佛山");
        byte[] photo = png();
        HttpResponse<String> sent = upload(chatId, "工地照片.png", "image/png", photo);
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals("AWAITING_CASE", Http.object(sent.body()).getString("outcome"));
        say(chatId, "就这些");
        long caseId = caseOf(newConsultation(before));
        JsonArray files = caseFiles(caseId);
        assertEquals(1, files.size(), files.toString());
        assertEquals("image/png", files.getJsonObject(0).getString("contentType"));
        assertEquals("工地照片.png", files.getJsonObject(0).getString("name"));
        assertEquals(Boolean.TRUE, checklist(caseId).get("PHOTOS"));
        assertDownloads(files.getJsonObject(0), photo, "image/png");
    }

    @Test
    void coordinatorsAndJobCounsellorsGet403OnCaseFilesAndDownloadsAndTheRefusalIsAudited() throws Exception {
        ChatCase worker = chatWorkerWithCase("深圳");
        assertEquals(201, upload(worker.chatId(), "pay-slip.jpg", "image/jpeg", jpeg()).statusCode());
        long fileId = caseFiles(worker.caseId()).getJsonObject(0).getJsonNumber("id").longValue();
        for (String user : new String[] {"coordinator", "job-counsellor"}) {
            HttpResponse<String> list = Http.get(server, "/api/legalaid/cases/" + worker.caseId() + "/files", user,
                    WarmlineServer.DEMO_PASSWORD);
            assertEquals(403, list.statusCode(), list.body());
            assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            HttpResponse<byte[]> file = download(fileId, user);
            assertEquals(403, file.statusCode());
            assertTrue(new String(file.body(), StandardCharsets.UTF_8).contains("case.forbidden"));
        }
        assertEquals(200, download(fileId, "supervisor").statusCode(), "the HQ supervisor sees every case");
        String audit = Http.getArray(server, "/api/audit?subjectType=case&subjectId=" + worker.caseId()).toString();
        assertTrue(audit.contains("case.denied") && audit.contains("coordinator"), audit);
    }

    @Test
    void attachButtonInTheChatPageSendsAPhotoAndShowsTheReplyInChinese() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("warmline-evidence-files");
        java.nio.file.Path photo = java.nio.file.Files.write(dir.resolve("借条.jpg"), jpeg());
        java.nio.file.Path big = java.nio.file.Files.write(dir.resolve("big.jpg"), sixMegabytes());
        try (Chromium chromium = Chromium.start("warmline-chromium-evidence")) {
            org.openqa.selenium.WebDriver driver = chromium.driver();
            driver.get(server.baseUrl() + "/chat");
            org.openqa.selenium.By messages = org.openqa.selenium.By.cssSelector("#messages li.out");
            chromium.await(Duration.ofSeconds(20)).until(d -> !String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return localStorage.getItem('warmline.chatId') || ''")).isEmpty());
            org.openqa.selenium.WebElement text = driver.findElement(org.openqa.selenium.By.id("text"));
            text.sendKeys("老板拖欠工资两个月，大概九千块，在杭州");
            driver.findElement(org.openqa.selenium.By.id("send-btn")).click();
            chromium.await(Duration.ofSeconds(30)).until(d -> d.findElements(messages).size() >= 1);
            text.sendKeys("就这些");
            driver.findElement(org.openqa.selenium.By.id("send-btn")).click();
            chromium.await(Duration.ofSeconds(30)).until(d -> d.findElements(messages).size() >= 2);
            assertTrue(driver.findElement(org.openqa.selenium.By.id("attach")).isDisplayed(), "the attach button shows");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.getElementById('file').removeAttribute('hidden')");
            driver.findElement(org.openqa.selenium.By.id("file")).sendKeys(big.toString());
            chromium.await(Duration.ofSeconds(10)).until(d -> d.findElement(org.openqa.selenium.By.id("error")).getText()
                    .contains("5MB"));
            driver.findElement(org.openqa.selenium.By.id("file")).sendKeys(photo.toString());
            chromium.await(Duration.ofSeconds(30)).until(d -> d.findElements(messages).stream()
                    .anyMatch(li -> li.getText().contains("欠薪案子")));
            assertTrue(driver.findElements(org.openqa.selenium.By.cssSelector("#messages li.in")).stream()
                    .anyMatch(li -> li.getText().contains("借条.jpg")), "the worker's file shows in the chat");
            chromium.screenshot("screenshots/chat-evidence-upload.png");
        }
    }
}
