package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10, item 3, in the coordinators' page in headless Chromium: the publish dialog counts the
 * notices by channel (SMS, chat, cannot be reached) before anything is sent, and after publishing the
 * manifest says in words which party's seat offer reached nobody. Screenshot:
 * target/returnhome-unreachable.png.
 */
class ChannelReachBrowserIT {

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Workers workers;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        workers = new Workers(server);
        chromium = Chromium.start("warmline-chromium-reach");
        browser = chromium.driver();
        wait = chromium.await(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        try (WarmlineServer close = server) {
            if (chromium != null) {
                chromium.close();
            }
        }
    }

    @Test
    void thePublishDialogCountsNoticesByChannelAndTheManifestNamesTheOfferNobodyGot() throws Exception {
        long bySms = workers.smsRequest("+8613300136001", "12月22日从杭州回安徽六安，1个人");
        long optedOut = workers.smsRequest("+8613300136002", "12月22日从杭州回安徽六安，1个人");
        workers.sms("+8613300136002", "退订");
        long inChat = workers.chatRequest(workers.newChat("zh"), "12月22日从杭州回安徽六安，1个人");
        Console coordinator = Console.basic(server, "coordinator", WarmlineServer.DEMO_PASSWORD);
        long tripId = coordinator.ok("POST", "/api/returnhome/trips", "{\"vehicleType\":\"MINIBUS_19\",\"originCode\":\"3301\","
                + "\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],\"departure\":\"2026-12-22T08:00\"}")
                .getJsonNumber("id").longValue();
        coordinator.ok("POST", "/api/returnhome/trips/" + tripId + "/requests",
                "{\"requestIds\":[" + bySms + "," + optedOut + "," + inChat + "]}");

        browser.manage().deleteAllCookies();
        chromium.signIn(server, "/console/", "coordinator", WarmlineServer.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("nav a[href='/console/returnhome/']")));
        browser.get(server.baseUrl() + "/console/returnhome/#/trip/" + tripId);
        wait.until(ExpectedConditions.textToBe(By.id("m-people"), "3 人，3 组"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tr-publish"))).click();
        String question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-text"))).getText();
        assertTrue(question.contains("3 组乘客（3 人）会收到座位通知（短信 1 组，聊天 1 组，无法通知 1 组）"), question);
        browser.findElement(By.id("confirm-yes")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tr-status"), "已发布"));
        wait.until(d -> d.findElement(By.id("flash")).getText().contains("已通知 3 组乘客（短信 1 组，聊天 1 组，无法通知 1 组）"));

        String note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("m-unreachable"))).getText();
        assertTrue(note.contains("1 组乘客的座位通知无法送达") && note.contains("#" + optedOut), note);
        String row = browser.findElement(By.cssSelector("#manifest-body tr[data-request='" + optedOut + "']")).getText();
        assertTrue(row.contains("已提供座位") && row.contains("无法通知"), row);
        String reached = browser.findElement(By.cssSelector("#manifest-body tr[data-request='" + bySms + "']")).getText();
        assertTrue(!reached.contains("无法通知"), reached);
        chromium.screenshot("returnhome-unreachable.png");
    }
}
