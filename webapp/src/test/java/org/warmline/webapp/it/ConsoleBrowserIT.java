package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * the conversation. Screenshots of the queue and a conversation go to target/.
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
        assertTrue(browser.findElement(By.id("reply-segments")).getText().contains("1 条短信"),
                browser.findElement(By.id("reply-segments")).getText());
        browser.findElement(By.id("reply-send")).click();
        await().until(d -> d.findElements(By.cssSelector("#c-messages .msg.outbound .msg-body")).stream()
                .anyMatch(m -> m.getText().equals("您好，我是暖心热线接线员")));
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
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "无权"));
        List<WebElement> messages = browser.findElements(By.cssSelector("#c-messages .msg"));
        assertTrue(messages.isEmpty(), "no transcript for another centre");
        String id = url.substring(url.lastIndexOf('/') + 1);
        assertEquals(403, Console.basic(server, "gd-browser", "gd-password-123")
                .get("/api/helpdesk/conversations/" + id).statusCode());
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
