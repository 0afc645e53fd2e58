package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium;
 * nothing downloads a browser): sign in, a webhook shows up in the open queue without reload, the
 * XSS message renders literally, reply, assign and resolve, and a user of another centre is refused
 * the conversation; escalate a conversation into a trip request from a pre-filled form and see the
 * link; snooze until the worker's next message and see it come back. Screenshots of the queue, a
 * conversation and an escalated conversation go to target/.
 */
class ConsoleBrowserIT {

    private static final String XSS = "<img src=x onerror=alert(1)> 转人工";

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-browser"), Map.of()).start();
        Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD).ok("POST", "/api/admin/users",
                "{\"username\":\"gd-browser\",\"roles\":[\"OPERATOR\"],\"centre\":\"GD\",\"password\":\"gd-password-123\"}");
        Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD).ok("POST", "/api/admin/users",
                "{\"username\":\"ah-browser\",\"roles\":[\"OPERATOR\"],\"centre\":\"AH\",\"password\":\"ah-password-123\"}");
        chromium = Chromium.start("warmline-chromium");
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    private static WebDriverWait await() {
        return chromium.await(Duration.ofSeconds(20));
    }

    private static void signIn(String user, String password) {
        chromium.signIn(server, "/console/", user, password);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), user));
    }

    private static void screenshot(String name) throws Exception {
        chromium.screenshot(name);
    }

    private static WebElement row(String maskedPhone) {
        return await().until(d -> d.findElements(By.cssSelector("#queue-body tr")).stream()
                .filter(r -> r.getText().contains(maskedPhone)).findFirst().orElse(null));
    }

    @Test
    void anOperatorTriagesALiveQueueAndWorkerTextStaysText() throws Exception {
        assertEquals(200, Http.sms(server, "SMbrowser1" + "x".repeat(24), "+8613900001111", "转人工 我要回家").statusCode());
        signIn("operator", WarmlineServer.DEMO_PASSWORD);
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        row("139****1111");
        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/queue']"), "Queue"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/queue']"), "队列"));

        // a webhook arriving while the page is open shows up without a reload
        ((JavascriptExecutor) browser).executeScript("window.warmlineMarker = 'same page';");
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "实时"));
        assertEquals(200, Http.sms(server, "SMbrowser2" + "x".repeat(24), "+8613900002222", XSS).statusCode());
        String rowText = await().until(d -> row("139****2222").getText());
        assertEquals("same page", ((JavascriptExecutor) browser).executeScript("return window.warmlineMarker;"));
        assertTrue(rowText.contains("<img src=x onerror=alert(1)>"), rowText);
        assertTrue(browser.findElements(By.cssSelector("#queue-body img")).isEmpty(), "no element made from worker text");
        assertEquals(200, Http.sms(server, "SMbrowser3" + "x".repeat(24), "+8613900003333", "我在工地受伤了，老板不管").statusCode());
        await().until(d -> d.findElement(By.cssSelector("#queue-body tr")).getText().contains("139****3333"));
        screenshot("console-queue.png");

        // the conversation: transcript as text, reply with a live segment count, assign, resolve
        await().until(d -> {
            row("139****2222").click();
            return true;
        });
        await().until(d -> !d.findElements(By.cssSelector("#c-messages .msg.inbound .msg-body")).isEmpty());
        assertEquals(XSS, await().until(d -> d.findElement(By.cssSelector("#c-messages .msg.inbound .msg-body")).getText()));
        assertTrue(browser.findElements(By.cssSelector("#c-messages img")).isEmpty());
        assertNoAlert();
        assertTrue(browser.findElement(By.id("c-file")).getText().contains("暂无其他申请"), "the worker's file is shown");
        WebElement reply = browser.findElement(By.id("reply-text"));
        reply.sendKeys("您好，我是暖心热线接线员");
        // the count follows the typing (asked 250 ms after the last key): 12 characters, one UCS-2 segment
        String count = await().until(d -> {
            String text = d.findElement(By.id("reply-segments")).getText();
            return text.contains("12 字") ? text : null;
        });
        assertTrue(count.contains("1 条短信") && count.contains("UCS2"), count);
        browser.findElement(By.id("reply-send")).click();
        await().until(d -> d.findElements(By.cssSelector("#c-messages .msg.outbound .msg-body")).stream()
                .anyMatch(m -> m.getText().equals("您好，我是暖心热线接线员")));
        // the sent reply leaves an empty box, and an empty draft has no count (not "1 条短信 · 0 字")
        await().until(d -> d.findElement(By.id("reply-text")).getAttribute("value").isEmpty());
        Thread.sleep(600);
        assertEquals("", browser.findElement(By.id("reply-segments")).getText(), "no count for an empty draft");
        browser.findElement(By.id("c-assign-me")).click();
        await().until(d -> "operator".equals(new Select(d.findElement(By.id("c-assignee"))).getFirstSelectedOption().getText()));
        new Select(browser.findElement(By.id("c-status"))).selectByValue("RESOLVED");
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-meta"), "已解决"));
        screenshot("console-conversation.png");
        String url = browser.getCurrentUrl();

        // a user of another help centre is refused the same conversation, in the page and the API
        browser.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.urlContains("/console/login"));
        signIn("gd-browser", "gd-password-123");
        browser.get(url);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-denied"), "无权"));
        List<WebElement> messages = browser.findElements(By.cssSelector("#c-messages .msg"));
        assertTrue(messages.isEmpty(), "no transcript for another centre");
        // only the message and the way back: no heading, reply box, phone button or escalation buttons
        assertTrue(browser.findElement(By.id("c-denied")).isDisplayed());
        assertTrue(browser.findElement(By.id("c-back")).isDisplayed(), "a way back to the queue");
        for (String control : List.of("c-body", "c-id", "reply-text", "reply-send", "c-reveal", "esc-RETURNHOME",
                "c-assign-me", "note-text")) {
            assertFalse(browser.findElement(By.id(control)).isDisplayed(), control + " is hidden");
        }
        browser.findElement(By.id("c-back")).click();
        await().until(d -> d.findElement(By.id("view-queue")).isDisplayed());
        String id = url.substring(url.lastIndexOf('/') + 1);
        assertEquals(403, Console.basic(server, "gd-browser", "gd-password-123")
                .get("/api/helpdesk/conversations/" + id).statusCode());
    }

    @Test
    void anAdminAddsAUserWithSeveralRolesShownByTheirNames() throws Exception {
        signIn("admin", WarmlineServer.DEMO_PASSWORD);
        browser.get(server.baseUrl() + "/console/#/admin");
        WebElement name = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("u-name")));
        name.sendKeys("two-roles");
        Select roles = new Select(browser.findElement(By.id("u-role")));
        assertTrue(roles.isMultiple());
        roles.selectByValue("SUPERVISOR"); // OPERATOR is selected already
        browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
        WebElement row = await().until(d -> d.findElements(By.cssSelector("#users-body tr")).stream()
                .filter(r -> r.getText().contains("two-roles")).findFirst().orElse(null));
        assertTrue(row.getText().contains("接线员、主管"), row.getText());
        JsonArray users = Http.getArray(server, "/api/admin/users");
        String mine = users.stream().filter(u -> u.toString().contains("\"two-roles\"")).findFirst()
                .map(Object::toString).orElse("");
        assertTrue(mine.contains("OPERATOR") && mine.contains("SUPERVISOR"), users.toString());
    }

    @Test
    void anOperatorEscalatesAConversationIntoATripRequestAndSnoozesIt() throws Exception {
        String phone = "+8613900004444";
        assertEquals(200, Http.sms(server, "SMbrowser4" + "x".repeat(24), phone, "腊月二十二从杭州回安徽六安，2个人").statusCode());
        assertEquals(200, Http.sms(server, "SMbrowser5" + "x".repeat(24), phone, "转人工").statusCode());
        signIn("ah-browser", "ah-password-123");
        await().until(d -> {
            row("139****4444").click();
            return true;
        });
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-escalations"), "尚未转办"));

        // the form comes filled from what the worker said; the operator corrects the party and submits
        browser.findElement(By.id("esc-RETURNHOME")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("esc-form")));
        // places by name, their codes kept for the server (issue 10)
        assertEquals("六安市", browser.findElement(By.id("esc-f-destination")).getAttribute("value"));
        assertEquals("3415", browser.findElement(By.id("esc-f-destination")).getAttribute("data-code"));
        assertEquals("3301", browser.findElement(By.id("esc-f-origin")).getAttribute("data-code"));
        assertEquals("2027-01-29", browser.findElement(By.id("esc-f-travelDate")).getAttribute("value"));
        WebElement party = browser.findElement(By.id("esc-f-partySize"));
        assertEquals("2", party.getAttribute("value"));
        party.clear();
        party.sendKeys("0");
        browser.findElement(By.id("esc-submit")).click();
        await().until(d -> !d.findElement(By.id("esc-err-partySize")).getText().isEmpty());
        party.clear();
        party.sendKeys("3");
        browser.findElement(By.id("esc-submit")).click();
        WebElement link = await().until(d -> d.findElements(By.cssSelector("#c-escalations li.escalation")).stream()
                .findFirst().orElse(null));
        assertTrue(link.getText().contains("返乡申请") && link.getText().contains("新建"), link.getText());
        assertTrue(link.getText().contains("ah-browser"), link.getText());
        assertTrue(browser.findElement(By.id("esc-form")).getAttribute("hidden") != null, "the form closes");
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-file"), "已关联"));
        assertTrue(Http.getArray(server, "/api/returnhome/requests").toString().contains("\"partySize\":3"));

        // snooze until the worker writes again: aside now, back to open (live) when the worker writes
        new Select(browser.findElement(By.id("snooze-choice"))).selectByValue("next");
        browser.findElement(By.id("snooze-go")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-meta"), "暂放至工友再来信"));
        assertEquals("SNOOZED", new Select(browser.findElement(By.id("c-status"))).getFirstSelectedOption().getAttribute("value"));
        screenshot("console-escalation.png");
        assertEquals(200, Http.sms(server, "SMbrowser6" + "x".repeat(24), phone, "还在吗？").statusCode());
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-meta"), "待处理"));
    }

    private static void assertNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("worker text ran as script");
        } catch (NoAlertPresentException expected) {
            // rendered as text
        }
    }
}
