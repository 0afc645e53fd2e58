package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10 in headless Chromium: the queue says in Chinese why a conversation climbed ("无人值守，已上转：
 * 广东帮扶中心 → 总部热线", and in English after the language switch), the transcript tells the bot's answers
 * from an operator's message (机器人 / the operator's name, a different style), the dashboard warns of a
 * centre with nobody on duty, and the header's 在岗 / 离岗 switch works. Screenshots go to target/
 * (console-escalated-queue.png, console-transcript-authors.png).
 */
class CentreCoverageBrowserIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-coverage-browser"), Map.of()).start();
        chromium = Chromium.start("warmline-chromium-coverage");
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

    private static WebElement row(String maskedPhone) {
        return await().until(d -> d.findElements(By.cssSelector("#queue-body tr")).stream()
                .filter(r -> r.getText().contains(maskedPhone)).findFirst().orElse(null));
    }

    @Test
    void theQueueSaysWhyAConversationClimbedAndTheTranscriptTellsTheBotFromTheOperator() throws Exception {
        // Guangdong's only operator goes off duty in the console (the header's 在岗 / 离岗 switch)
        chromium.signIn(server, "/console/", "operator-gd", PASSWORD);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("duty"), "在岗"));
        browser.findElement(By.id("duty")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("duty"), "离岗"));
        browser.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.urlContains("/console/login"));

        assertEquals(200, Http.sms(server, "SMclimbbrowser1" + "x".repeat(20), "+8613600001234", "转人工 我在广州，腿受伤了").statusCode());
        chromium.signIn(server, "/console/", "admin", PASSWORD);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "admin"));
        String text = await().until(d -> {
            String t = row("136****1234").getText();
            return t.contains("已上转") ? t : null;
        });
        assertTrue(text.contains("无人值守，已上转：广东帮扶中心 → 总部热线"), text);
        chromium.screenshot("console-escalated-queue.png");
        browser.findElement(By.id("lang-switch")).click();
        String english = await().until(d -> {
            String t = row("136****1234").getText();
            return t.contains("moved up") ? t : null;
        });
        assertTrue(english.contains("No one on duty at Guangdong help centre, moved up: Guangdong help centre → Head office hotline"), english);
        browser.findElement(By.id("lang-switch")).click();

        // the dashboard warns the admin of Guangdong, which receives work with nobody on duty
        browser.get(server.baseUrl() + "/console/#/dashboard");
        String warning = await().until(d -> {
            String t = d.findElement(By.id("dash-warnings")).getText();
            return t.contains("广东帮扶中心") ? t : null;
        });
        assertTrue(warning.contains("广东帮扶中心有会话进来，但没有接线员在岗"), warning);

        // the transcript: the bot's answer and the admin's reply, each marked with who wrote it
        browser.get(server.baseUrl() + "/console/#/queue");
        await().until(d -> {
            row("136****1234").click();
            return true;
        });
        await().until(d -> !d.findElements(By.cssSelector("#c-messages .msg.sender-bot")).isEmpty());
        browser.findElement(By.id("reply-text")).sendKeys("您好，我是热线接线员，马上帮您");
        await().until(ExpectedConditions.elementToBeClickable(By.id("reply-send"))).click();
        WebElement mine = await().until(d -> d.findElements(By.cssSelector("#c-messages .msg.sender-operator")).stream()
                .findFirst().orElse(null));
        assertEquals("admin", mine.findElement(By.cssSelector(".msg-author")).getText());
        WebElement bot = browser.findElement(By.cssSelector("#c-messages .msg.sender-bot"));
        assertEquals("机器人", bot.findElement(By.cssSelector(".msg-author")).getText());
        assertTrue(!bot.getCssValue("background-color").equals(mine.getCssValue("background-color")),
                "the bot's and the operator's messages look different");
        assertTrue(browser.findElement(By.id("c-meta")).getText().contains("无人值守，已上转"), "the reason on the conversation too");
        chromium.screenshot("console-transcript-authors.png");
    }
}
