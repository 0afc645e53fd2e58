package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff change and cancel a worker's trip request in a real headless Chromium (issue 10, point 4): a
 * coordinator cancels one from the demand board (the request's 修改/取消 button opens the form; without a
 * reason it is refused on the page; with one it is made, the worker gets the SMS with the reason and the
 * audit log keeps it), and an operator changes the party size from the worker's file in the conversation.
 * Screenshots: target/returnhome-request-cancel.png, target/console-request-change.png.
 */
class TripChangeBrowserIT {

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared(Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00"));
        chromium = Chromium.start("warmline-chromium-change");
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        try (Chromium quit = chromium; WarmlineServer close = server) {
            // both are closed, the browser first; either may be null if start() failed
        }
    }

    private static WebDriverWait await() {
        return chromium.await(Duration.ofSeconds(30));
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The worker sends these SMS through the signed webhook, one after the other. */
    private static void texts(String phone, String... messages) throws Exception {
        for (String text : messages) {
            assertEquals(200, Http.sms(server, sid(), phone, text).statusCode(), text);
        }
    }

    private static JsonObject request(String masked) throws Exception {
        return Http.getArray(server, "/api/returnhome/requests").stream().map(JsonValue::asJsonObject)
                .filter(r -> masked.equals(r.getString("phone"))).findFirst().orElseThrow();
    }

    private static WebElement poolRow(String masked) {
        return await().until(d -> d.findElements(By.cssSelector("#pool-body tr")).stream()
                .filter(r -> r.getText().contains(masked)).findFirst().orElse(null));
    }

    @Test
    void aCoordinatorCancelsARequestWithAReasonFromTheBoard() throws Exception {
        String phone = "+8613800138001";
        String masked = "138****8001";
        texts(phone, "腊月二十二从杭州回安徽六安，2个人", "对");
        texts("+8613800138002", "腊月二十二从杭州回安徽六安，1个人", "对");
        long id = request(masked).getJsonNumber("id").longValue();

        browser.manage().deleteAllCookies();
        chromium.signIn(server, "/console/returnhome/", "coordinator", WarmlineServer.DEMO_PASSWORD);
        await().until(d -> !d.getCurrentUrl().contains("/console/login"));
        browser.get(server.baseUrl() + "/console/returnhome/#/board");
        poolRow(masked).findElement(By.cssSelector("button.request-edit")).click();
        WebElement form = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("rq-form")));
        assertEquals("#" + id, browser.findElement(By.id("rq-title")).getText());
        new Select(browser.findElement(By.id("rq-kind"))).selectByValue("cancel");
        browser.findElement(By.id("rq-submit")).click();
        assertEquals("请填写原因", await().until(ExpectedConditions.visibilityOfElementLocated(By.id("rq-error"))).getText());
        assertEquals("CONFIRMED", request(masked).getString("status"), "nothing happens without a reason");

        browser.findElement(By.id("rq-reason")).sendKeys("工友来电说家里有事不回了");
        chromium.screenshot("returnhome-request-cancel.png");
        browser.findElement(By.id("rq-submit")).click();
        await().until(d -> d.findElement(By.id("flash")).getText().contains("#" + id + " 已取消"));
        await().until(ExpectedConditions.invisibilityOf(form));
        await().until(d -> d.findElements(By.cssSelector("#pool-body tr")).stream()
                .noneMatch(r -> r.getText().contains(masked)));
        assertTrue(browser.findElements(By.cssSelector("#pool-body tr")).stream()
                .anyMatch(r -> r.getText().contains("138****8002")), "the other request stays");

        assertEquals("CANCELLED", request(masked).getString("status"));
        List<String> notices = Outbox.list(server, phone).stream().map(JsonValue::asJsonObject)
                .filter(m -> "NOTICE".equals(m.getString("kind", null))).map(m -> m.getString("body")).toList();
        assertTrue(notices.stream().anyMatch(n -> n.contains("工作人员已取消") && n.contains("家里有事")), notices.toString());
        assertTrue(Http.getArray(server, "/api/audit?subjectType=trip-request&subjectId=" + id).stream()
                .map(JsonValue::asJsonObject).anyMatch(e -> "trip-request.cancelled".equals(e.getString("action"))
                        && e.getString("detail").contains("家里有事")), "audited with the reason");
    }

    @Test
    void anOperatorChangesThePartySizeFromTheWorkersFileInTheConversation() throws Exception {
        String phone = "+8613800138003";
        String masked = "138****8003";
        texts(phone, "腊月二十二从杭州回安徽六安，2个人", "对", "人工"); // 人工: into the operators' queue
        // the hand-off goes to the Anhui centre (六安); an operator there works it
        Console admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        admin.ok("POST", "/api/admin/users", "{\"username\":\"ah-op\",\"roles\":[\"OPERATOR\"],\"centre\":\"AH\","
                + "\"password\":\"change-browser-123\"}");
        long conversation = admin.awaitConversation(masked, c -> true).getJsonNumber("id").longValue();

        browser.manage().deleteAllCookies();
        chromium.signIn(server, "/console/", "ah-op", "change-browser-123");
        await().until(d -> !d.getCurrentUrl().contains("/console/login"));
        browser.get(server.baseUrl() + "/console/#/c/" + conversation);
        // the conversation view may be drawn again while it opens (live updates): each try starts afresh
        chromium.await(Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement editor = d.findElement(By.cssSelector("#c-file .trip-request-edit"));
            editor.findElement(By.cssSelector("button.request-edit")).click();
            WebElement form = editor.findElement(By.tagName("form"));
            form.findElement(By.tagName("input")).sendKeys("4");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            assertEquals("请填写原因", form.findElement(By.cssSelector(".esc-error")).getText());
            form.findElement(By.tagName("textarea")).sendKeys("工友来电：小舅子也一起回");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            return true;
        });
        await().until(d -> d.findElement(By.id("flash")).getText().contains("已修改"));
        assertEquals(4, request(masked).getInt("partySize"));
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-file"), "，4人"));
        chromium.screenshot("console-request-change.png");
    }
}
