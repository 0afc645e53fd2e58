package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What trying Warmline as its users would (issue 10) turned up, on the packaged server over HTTP: each
 * test replays what a page or a user really sends and asserts what they should see.
 */
class TrialFixesIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static WarmlineServer server;
    private static Console operator;
    private static Console admin;
    private static Workers workers;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        operator = Console.basic(server, "operator", WarmlineServer.DEMO_PASSWORD);
        admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        workers = new Workers(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void chatWorkersWhoseFirstWordsAskForAPersonAreAnsweredInTheirChat() throws Exception {
        // the hand-off is applied at once, often before the helpdesk has read the stored message (another
        // thread): the ticket it opens must be the chat's, or the operator's reply has nowhere to go.
        // Several new chats at once, as at a busy hour, so that some hand-offs come first.
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Callable<String>> chats = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String marker = "找人工-" + run + "-" + i + "号"; // not a prefix of another marker (1号, 10号)
            chats.add(() -> {
                String chat = workers.newChat("zh");
                workers.sendChat(chat, "转人工 " + marker);
                return chat + " " + marker;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> started = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(chats)) {
                started.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        for (String s : started) {
            String chat = s.split(" ")[0];
            String marker = s.split(" ")[1];
            long ticket = admin.awaitTicketWithText(marker);
            JsonObject item = admin.ok("GET", "/api/helpdesk/conversations?status=all&q="
                    + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8), null).getJsonArray("items").getJsonObject(0);
            assertEquals("chat", item.getString("channel"), item.toString());
            long reply = operator.ok("POST", "/api/helpdesk/conversations/" + ticket + "/reply",
                    "{\"body\":\"您好，我是热线的小王。\"}").getJsonNumber("messageId").longValue();
            awaitInChat(chat, reply);
        }
    }

    @Test
    void theChatPagesReadReceiptAskingForJsonIsTakenAndTheOperatorSeesRead() throws Exception {
        String chat = workers.newChat("zh");
        long ticket = askingForAPerson(chat, "读了-");
        long reply = operator.ok("POST", "/api/helpdesk/conversations/" + ticket + "/reply",
                "{\"body\":\"您好，我是热线的小王。\"}").getJsonNumber("messageId").longValue();

        // exactly what /chat/chat.js sends: Accept: application/json
        HttpResponse<String> read = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/chat/api/sessions/" + chat + "/read"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"upTo\":" + reply + "}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(204, read.statusCode(), read.body());
        awaitConsoleStatus(ticket, reply, "READ");
    }

    @Test
    void theConsoleSaysAChatOnlyWorkerHasNoPhoneInWordsAndOffersNoNumberToReveal() throws Exception {
        long ticket = askingForAPerson(workers.newChat("zh"), "网聊-");
        try (Chromium chromium = signedIn("operator")) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = chromium.await(Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-id='" + ticket + "']")));
            wait.until(d -> d.findElement(By.cssSelector("tr[data-id='" + ticket + "']")).getText()
                    .contains("网上对话（无手机号）"));
            String row = browser.findElement(By.cssSelector("tr[data-id='" + ticket + "']")).getText();
            assertFalse(row.matches("(?s).*\\bchat\\b.*"), row);

            browser.get(server.baseUrl() + "/console/#/c/" + ticket);
            wait.until(ExpectedConditions.textToBe(By.id("c-phone"), "网上对话（无手机号）"));
            assertFalse(browser.findElement(By.id("c-reveal")).isDisplayed(), "no number to reveal");
            assertEquals("回复工友（网上对话）", browser.findElement(By.id("reply-text")).getAttribute("placeholder"));
        }
    }

    @Test
    void theChineseUsersPageSaysWhatIsWrongWithACentreInChinese() throws Exception {
        try (Chromium chromium = signedIn("admin")) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = chromium.await(Duration.ofSeconds(30));
            browser.get(server.baseUrl() + "/console/#/admin");
            By hq = By.cssSelector("#centres-body tr[data-centre='HQ']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(hq));
            // HQ under Anhui, whose parent is HQ: a circle of parents, refused with 422
            new Select(browser.findElement(hq).findElement(By.cssSelector("select[data-field='parent']")))
                    .selectByValue("AH");
            browser.findElement(hq).findElement(By.cssSelector("button.c-save")).click();
            String error = wait.until(d -> {
                List<org.openqa.selenium.WebElement> shown = d.findElement(hq).findElements(By.cssSelector(".field-error"));
                return shown.isEmpty() ? null : shown.get(0).getText();
            });
            assertEquals("上级中心须为另一个已有中心，且不能形成循环", error);
            assertTrue(Http.getArray(server, "/api/admin/centres").stream().map(JsonValue::asJsonObject)
                    .filter(c -> "HQ".equals(c.getString("code"))).allMatch(c -> !c.containsKey("parent") || c.isNull("parent")),
                    "HQ keeps no parent");
        }
    }

    @Test
    void aPlaceAnotherCentreServesAlreadyIsRefusedSoNoCentreWaitsForWorkThatNeverComes() throws Exception {
        // Anhui (34) is the Anhui help centre's: a second centre for 34 would never get a worker from there
        HttpResponse<String> twice = admin.send("POST", "/api/admin/centres", "{\"code\":\"WH\",\"nameZh\":\"皖中帮扶中心\","
                + "\"nameEn\":\"Central Anhui help centre\",\"regions\":[\"34\"],\"parent\":\"HQ\"}", false);
        assertEquals(422, twice.statusCode(), twice.body());
        JsonObject errors = Http.object(twice.body()).getJsonObject("errors");
        assertTrue(errors.getString("regions").contains("AH"), errors.toString());
        assertTrue(Http.getArray(server, "/api/admin/centres").stream().map(JsonValue::asJsonObject)
                .noneMatch(c -> "WH".equals(c.getString("code"))), "nothing added");

        // a city inside it is more specific and is routed there: allowed
        HttpResponse<String> city = admin.send("POST", "/api/admin/centres", "{\"code\":\"WH\",\"nameZh\":\"合肥帮扶中心\","
                + "\"nameEn\":\"Hefei help centre\",\"regions\":[\"3401\"],\"parent\":\"AH\"}", false);
        assertEquals(201, city.statusCode(), city.body());
    }

    @Test
    void theDashboardCountsConversationsPerCentreByTheCentresNameNotItsCode() throws Exception {
        workers.sms("+8613300139901", "转人工");
        try (Chromium chromium = signedIn("supervisor")) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = chromium.await(Duration.ofSeconds(30));
            browser.get(server.baseUrl() + "/console/#/dashboard");
            wait.until(d -> d.findElements(By.cssSelector("#dash-cards .card-label")).stream()
                    .anyMatch(l -> l.getText().equals("总部热线")));
            String labels = String.join(" | ", browser.findElements(By.cssSelector("#dash-cards .card-label")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList());
            assertFalse(labels.contains("HQ"), labels);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A chat-only worker says hello (the helpdesk then has the conversation) and asks for a person; @return the ticket */
    private static long askingForAPerson(String chat, String prefix) throws Exception {
        String marker = prefix + UUID.randomUUID().toString().substring(0, 8);
        workers.sendChat(chat, "你好 " + marker);
        long ticket = admin.awaitTicketWithText(marker);
        workers.sendChat(chat, "转人工");
        return ticket;
    }

    /** @return a headless Chromium signed in to the console as the demo user, its first page shown */
    private static Chromium signedIn(String user) throws Exception {
        Chromium chromium = Chromium.start("warmline-chromium-trial-" + user);
        chromium.signIn(server, "/console/", user, WarmlineServer.DEMO_PASSWORD);
        chromium.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("nav a[href='#/dashboard']")));
        return chromium;
    }

    /** Waits up to 20 s until the chat's page can read the message (chat messages are sent after their commit). */
    private static void awaitInChat(String chat, long messageId) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        String body = null;
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> lines = Http.get(server, "/chat/api/sessions/" + chat + "/messages", null, null);
            assertEquals(200, lines.statusCode(), lines.body());
            body = lines.body();
            if (Http.object(body).getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                    .anyMatch(m -> m.getJsonNumber("id").longValue() == messageId)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("message " + messageId + " never reached the chat: " + body);
    }

    private static void awaitConsoleStatus(long ticket, long messageId, String status) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        String now = null;
        while (Instant.now().isBefore(until)) {
            now = operator.ok("GET", "/api/helpdesk/conversations/" + ticket, null).getJsonArray("messages").stream()
                    .map(JsonValue::asJsonObject).filter(m -> m.getJsonNumber("id").longValue() == messageId)
                    .map(m -> m.getString("status")).findFirst().orElseThrow();
            if (status.equals(now)) {
                return;
            }
            Thread.sleep(200);
        }
        assertTrue(false, "message " + messageId + " is " + now + " in the console, not " + status);
    }
}
