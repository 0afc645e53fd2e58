package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Small fixes of issue 10, point 7, against the packaged server over HTTP: "TD", SQL and HTML keep a
 * Chinese worker's replies Chinese; an employer answer is the company with the foreman kept; the chat
 * API refuses whitespace-only and over-long messages with 400 problem+json; the first start on an
 * empty database logs no stack trace and no error (in {@link RestartPersistenceIT}, whose first start is
 * one on an empty database: this class runs on the shared server); {@code tools/SendSms.java --help}
 * prints its usage.
 */
class SmallFixesIT {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:the|you|your|Reply|Please|unsubscribed)\\b");
    private static final Pattern BODY = Pattern.compile("<Body>(.*?)</Body>", Pattern.DOTALL);
    private static final AtomicInteger PHONES = new AtomicInteger(700);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String phone() {
        return "+861370013" + String.format("%04d", PHONES.incrementAndGet());
    }

    /** @return the bot's reply text to a signed SMS */
    private static String sms(String phone, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), phone, body);
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = BODY.matcher(r.body());
        return m.find() ? m.group(1) : "";
    }

    @Test
    void tdSqlAndHtmlKeepAChineseWorkersRepliesChinese() throws Exception {
        for (String text : List.of("TD", "<b>腊月二十</b>", "'; DROP TABLE cv_message;--", "<script>alert(1)</script>")) {
            String phone = phone();
            String first = sms(phone, "腊月二十二从杭州回安徽六安，2个人");
            assertTrue(first.contains("请确认"), first);
            String reply = sms(phone, text);
            assertTrue(HAN.matcher(reply).find(), text + " → " + reply);
            assertTrue(!ENGLISH.matcher(reply).find(), text + " → English: " + reply);
        }
        String fresh = phone();
        String reply = sms(fresh, "TD");
        assertTrue(HAN.matcher(reply).find(), "a new worker's TD is answered in Chinese: " + reply);
    }

    @Test
    void anEmployerAnswerIsTheCompanyWithTheForemanKept() throws Exception {
        String phone = phone();
        String reply = sms(phone, "老板拖欠工资两个月，大概九千块，在东莞");
        for (int turn = 0; turn < 10 && !reply.contains("已记录"); turn++) {
            reply = sms(phone, reply.contains("哪家公司或哪个包工头")
                    ? "包工头姓王，叫王建国，公司是东莞市宏达建筑工程有限公司" : "不知道");
        }
        assertTrue(reply.contains("已记录"), reply);
        String masked = phone.substring(3, 6) + "****" + phone.substring(phone.length() - 4);
        JsonObject consultation = Http.getArray(server, "/api/legalaid/consultations").stream()
                .map(JsonValue::asJsonObject).filter(c -> masked.equals(c.getString("phone", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no consultation of " + masked));
        assertEquals("东莞市宏达建筑工程有限公司", consultation.getString("employer"), consultation.toString());
        assertEquals("王建国", consultation.getString("contractor"), consultation.toString());
    }

    @Test
    void chatRefusesWhitespaceOnlyAndLongerThanThePageAllowsWith400ProblemJson() throws Exception {
        HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher max = Pattern.compile("<textarea id=\"text\"[^>]*maxlength=\"(\\d+)\"").matcher(page.body());
        assertTrue(max.find(), "the chat page limits its text box");
        int limit = Integer.parseInt(max.group(1));
        String chatId = Http.object(post("/chat/api/sessions", "{\"language\":\"zh\"}").body()).getString("chatId");
        String messages = "/chat/api/sessions/" + chatId + "/messages";
        for (String blank : List.of(" ", "   \n\t ", "\u3000\u3000", "\u200b", "\r\n")) {
            HttpResponse<String> r = post(messages, message(blank));
            assertEquals(400, r.statusCode(), "whitespace " + blank.codePoints().boxed().toList() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        HttpResponse<String> tooLong = post(messages, message("回".repeat(limit + 1)));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(limit, Http.object(tooLong.body()).getInt("maxLength"));
        HttpResponse<String> atLimit = post(messages, message("回".repeat(limit)));
        assertEquals(200, atLimit.statusCode(), "exactly the page's limit is accepted");
        HttpResponse<String> empty = post(messages, message(""));
        assertEquals(200, empty.statusCode(), "an empty message still gets the menu");
    }

    private static String message(String body) {
        return Json.createObjectBuilder().add("clientMessageId", UUID.randomUUID().toString()).add("body", body).build()
                .toString();
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void sendSmsToolPrintsItsHelpAndExitsZero() throws Exception {
        Path tool = Path.of("..", "tools", "SendSms.java").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(tool), tool.toString());
        for (String flag : List.of("--help", "-h")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    tool.toString(), flag).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), flag + ": " + out);
            assertTrue(out.startsWith("usage: java tools/SendSms.java"), out);
            assertTrue(out.contains("--url") && out.contains("--token") && out.contains("--help"), out);
        }
    }
}
