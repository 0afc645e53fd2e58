package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coordinators' pages ({@code /console/returnhome/}) in a real headless Chromium (Debian's
 * chromium and chromium-driver through Selenium, as {@link ConsoleBrowserIT}): demand from signed
 * webhooks on the board, a trip created in the form, parties assigned by hand (a refused one shows the
 * broken rule), published with the notice spelled out, checked in on the manifest, then the planner's
 * proposal edited and published. Screenshots go to target/ (returnhome-*.png).
 */
class CoordinatorBrowserIT {

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        // the evening before the 腊月二十二 (2027-01-29) coaches leave: check-in opens 12 hours before departure
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-coordinator"),
                Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00")).start();
        chromium = Chromium.start("warmline-chromium-rh");
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

    /** A worker texts a trip request and confirms it, through the signed SMS webhook. */
    private static void request(String phone, String text) throws Exception {
        assertEquals(200, Http.sms(server, sid(), phone, text).statusCode());
        assertEquals(200, Http.sms(server, sid(), phone, "对").statusCode());
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static long requestId(String masked) throws Exception {
        return Http.getArray(server, "/api/returnhome/requests").stream().map(JsonValue::asJsonObject)
                .filter(r -> masked.equals(r.getString("phone"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Sets an input's value the way a date or time picker would (locale-free), then fires input/change. */
    private static void value(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input')); e.dispatchEvent(new Event('change'));", id, value);
    }

    private static void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static void pick(String masked) {
        WebElement row = await().until(d -> d.findElements(By.cssSelector("#pool-body tr")).stream()
                .filter(r -> r.getText().contains(masked)).findFirst().orElse(null));
        row.findElement(By.cssSelector("input.pick")).click();
    }

    /** Clicks what the selector finds, again if a re-render replaced it meanwhile. */
    private static void click(By by) {
        await().until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Waits until the page's status line says {@code expected} (it fails after 30 s with what it said). */
    private static void flashSays(String expected) {
        try {
            await().until(d -> d.findElement(By.id("flash")).getText().contains(expected));
        } catch (TimeoutException e) {
            throw new AssertionError("status line: " + browser.findElement(By.id("flash")).getText() + ", expected " + expected, e);
        }
    }

    @Test
    void aCoordinatorPlansAssignsPublishesAndChecksInFromTheBrowser() throws Exception {
        request("+8613800137001", "腊月二十二从杭州回安徽六安，2个人");
        request("+8613800137002", "腊月二十二从杭州回安徽六安，3个人");
        request("+8613800137003", "腊月二十二从杭州回河南信阳，1个人");
        request("+8613800137004", "腊月二十二从杭州回河南信阳，4个人");
        request("+8613800137005", "腊月二十二从杭州回湖南衡阳，2个人");

        // sign in as the coordinator; the console's navigation links the coordinators' pages
        browser.manage().deleteAllCookies();
        chromium.signIn(server, "/console/", "coordinator", WarmlineServer.DEMO_PASSWORD);
        WebElement link = await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("nav a[href='/console/returnhome/']")));
        assertEquals("返乡调度", link.getText());
        link.click();

        // the demand board: people per destination and day, the chart, export links with the filter
        await().until(ExpectedConditions.urlContains("/console/returnhome/"));
        type("b-origin", "3301");
        value("b-from", "2027-01-29");
        value("b-to", "2027-01-29");
        browser.findElement(By.cssSelector("#board-filters button[type=submit]")).click();
        await().until(ExpectedConditions.textToBe(By.id("b-people"), "12"));
        String board = browser.findElement(By.id("board-body")).getText();
        assertTrue(board.contains("安徽省") && board.contains("六安市") && board.contains("2027-01-29"), board);
        WebElement anhui = browser.findElements(By.cssSelector("#board-body tr")).stream()
                .filter(r -> r.getText().contains("安徽省")).findFirst().orElseThrow();
        assertEquals("5", anhui.findElements(By.tagName("td")).get(5).getText(), "2 + 3 people to 六安");
        assertEquals(3, browser.findElements(By.cssSelector("#b-chart > svg rect")).size(), "one bar per province that day");
        assertTrue(browser.findElement(By.id("b-xlsx")).getAttribute("href")
                .endsWith("/api/returnhome/board/export.xlsx?origin=3301&from=2027-01-29&to=2027-01-29"));
        assertEquals(5, browser.findElements(By.cssSelector("#pool-body tr")).size(), "five parties on no trip");
        chromium.screenshot("returnhome-board.png");

        // a trip entered in the form
        browser.findElement(By.cssSelector("nav a[href='#/trips']")).click();
        browser.findElement(By.id("new-trip")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("trip-form")));
        new Select(browser.findElement(By.id("tr-vehicle"))).selectByValue("COACH_45");
        type("tr-origin", "3301");
        type("tr-pickup", "杭州汽车东站");
        type("tr-stops", "3415");
        value("tr-date", "2027-01-29");
        value("tr-time", "08:00");
        type("tr-carrier", "浙运");
        type("tr-driver", "王师傅");
        browser.findElement(By.id("tr-save")).click();
        await().until(ExpectedConditions.urlMatches("#/trip/\\d+$"));
        long tripId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*#/trip/", ""));
        await().until(ExpectedConditions.textToBe(By.id("tr-status"), "草稿"));

        // manual assignment from the board: a party to 信阳 is refused with the rule in words
        browser.get(server.baseUrl() + "/console/returnhome/#/board");
        pick("138****7001");
        pick("138****7003");
        await().until(d -> new Select(d.findElement(By.id("a-trip"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("a-trip"))).selectByValue(String.valueOf(tripId));
        browser.findElement(By.id("a-submit")).click();
        String refused = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("a-error"))).getText();
        assertTrue(refused.contains("乘客的目的地不在此车次的停靠站上") && refused.contains("not on the trip's stops"), refused);
        pick("138****7003"); // unticked
        pick("138****7002");
        browser.findElement(By.id("a-submit")).click();
        flashSays("已将 2 组加入车次 " + tripId);
        await().until(d -> d.findElements(By.cssSelector("#pool-body tr")).size() == 3);

        // publish: the page says who will get an SMS before it happens
        browser.get(server.baseUrl() + "/console/returnhome/#/trip/" + tripId);
        await().until(ExpectedConditions.textToBe(By.id("m-people"), "5 人，2 组"));
        browser.findElement(By.id("tr-publish")).click();
        String question = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-text"))).getText();
        assertTrue(question.contains("2 组乘客（5 人）每组会收到一条短信"), question);
        browser.findElement(By.id("confirm-yes")).click();
        await().until(ExpectedConditions.textToBe(By.id("tr-status"), "已发布"));
        flashSays("已向 2 组乘客发送短信");
        assertTrue(browser.findElement(By.id("tr-change-note")).isDisplayed(), "a published trip warns that changes notify");
        for (String phone : List.of("+8613800137001", "+8613800137002")) {
            assertEquals(1, Outbox.list(server, phone).stream().map(JsonValue::asJsonObject)
                    .filter(m -> "NOTICE".equals(m.getString("kind", null)) && m.getString("body").contains("杭州汽车东站"))
                    .count(), "one offer SMS to " + phone);
        }

        // both passengers confirm their seats with "1" (only a confirmed seat is checked in)
        for (String phone : List.of("+8613800137001", "+8613800137002")) {
            assertEquals(200, Http.sms(server, sid(), phone, "1").statusCode());
        }
        browser.navigate().refresh();
        await().until(ExpectedConditions.textToBe(By.id("tr-status"), "已发布"));

        // the manifest: masked phones, check-in buttons, print and export links
        String manifest = browser.findElement(By.id("manifest-body")).getText();
        assertTrue(manifest.contains("138****7001") && manifest.contains("138****7002"), manifest);
        assertFalse(manifest.contains("13800137001"), "phones masked");
        assertTrue(browser.findElement(By.id("m-print")).getAttribute("href").endsWith("/trips/" + tripId + "/manifest.html"));
        assertTrue(browser.findElement(By.id("m-xlsx")).getAttribute("href").endsWith("/trips/" + tripId + "/manifest.xlsx"));
        long first = requestId("138****7001");
        long second = requestId("138****7002");
        click(By.cssSelector("#manifest-body tr[data-request='" + first + "'] button.board"));
        // the status cell (5th), not the row: every row's button is labelled 已上车 / 未到 as well
        await().until(d -> "已上车".equals(d.findElement(By.cssSelector("#manifest-body tr[data-request='" + first
                + "'] td:nth-child(5)")).getText()));
        await().until(d -> { // by keyboard: Enter on the focused button
            d.findElement(By.cssSelector("#manifest-body tr[data-request='" + second + "'] button.no-show")).sendKeys(Keys.ENTER);
            return true;
        });
        await().until(d -> "未到".equals(d.findElement(By.cssSelector("#manifest-body tr[data-request='" + second
                + "'] td:nth-child(5)")).getText()));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        chromium.screenshot("returnhome-trip.png");
        JsonObject line = Http.getArray(server, "/api/returnhome/requests?status=BOARDED").getJsonObject(0);
        assertEquals(first, line.getJsonNumber("id").longValue());

        // the planner: the three parties on no trip, two proposed trips (河南, 湖南); the published trip is untouched
        browser.findElement(By.cssSelector("nav a[href='#/planner']")).click();
        type("p-origin", "3301");
        value("p-from", "2027-01-29");
        value("p-to", "2027-01-29");
        type("p-pickup", "杭州汽车东站");
        type("p-seconds", "2");
        browser.findElement(By.id("p-run")).click();
        await().until(d -> d.findElements(By.cssSelector("#p-trips article.plan-trip")).size() == 2);
        assertTrue(browser.findElement(By.id("p-summary")).getText().startsWith("2 个车次，7 座"),
                browser.findElement(By.id("p-summary")).getText());
        WebElement henan = browser.findElements(By.cssSelector("#p-trips article.plan-trip")).stream()
                .filter(a -> a.getText().contains("信阳")).findFirst().orElseThrow();
        WebElement hunan = browser.findElements(By.cssSelector("#p-trips article.plan-trip")).stream()
                .filter(a -> a.getText().contains("衡阳")).findFirst().orElseThrow();
        String hunanTrip = hunan.getAttribute("data-trip");
        assertEquals(2, henan.findElements(By.cssSelector("li")).size(), henan.getText());
        chromium.screenshot("returnhome-plan.png");

        // change the proposal: a party to another proposed trip is refused (stop), one goes out, a trip is dropped
        long fourPeople = requestId("138****7004");
        new Select(henan.findElement(By.cssSelector("li[data-request='" + fourPeople + "'] select")))
                .selectByValue(hunanTrip);
        flashSays("乘客的目的地不在此车次的停靠站上");
        // the proposal re-renders after the refusal: look the trip up again, inside the wait (stale-safe)
        await().withMessage("the refused party stays where it was").until(d -> d.findElements(By.cssSelector("#p-trips article.plan-trip")).stream()
                .filter(a -> a.getText().contains("信阳")).findFirst()
                .map(a -> a.findElements(By.cssSelector("li")).size() == 2).orElse(false));
        await().until(d -> {
            WebElement henanAgain = d.findElements(By.cssSelector("#p-trips article.plan-trip")).stream()
                    .filter(a -> a.getText().contains("信阳")).findFirst().orElse(null);
            if (henanAgain == null) {
                return false;
            }
            new Select(henanAgain.findElement(By.cssSelector("li[data-request='" + fourPeople + "'] select")))
                    .selectByValue("out");
            return true;
        });
        await().until(d -> d.findElements(By.cssSelector("#p-trips li[data-request='" + fourPeople + "']")).isEmpty());
        await().until(d -> d.findElement(By.cssSelector("#p-trips article[data-trip='" + hunanTrip + "'] button.drop"))).click();
        await().until(d -> d.findElements(By.cssSelector("#p-trips article.plan-trip")).size() == 1);
        browser.findElement(By.id("p-publish")).click();
        WebElement yes = await().until(ExpectedConditions.elementToBeClickable(By.id("p-publish-yes")));
        assertTrue(yes.findElement(By.xpath("..")).getText().contains("1 个车次：1 组乘客每组会收到一条座位通知"),
                yes.findElement(By.xpath("..")).getText());
        yes.click();
        await().until(ExpectedConditions.urlContains("#/trips"));
        flashSays("方案已发布：1 个车次");
        assertTrue(Http.getArray(server, "/api/audit?subjectType=plan").stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> "plan.published".equals(a.getString("action")) && "coordinator".equals(a.getString("actor"))),
                "publishing the plan is in the audit log");
        await().until(d -> d.findElements(By.cssSelector("#trips-body tr")).size() == 3);
        String trips = browser.findElement(By.id("trips-body")).getText();
        assertTrue(trips.contains("已取消") && trips.contains("已发布"), trips);
        chromium.screenshot("returnhome-trips.png");
        assertEquals(1, Outbox.list(server, "+8613800137003").stream().map(JsonValue::asJsonObject)
                .filter(m -> "NOTICE".equals(m.getString("kind", null))).count(), "the planned party's offer SMS");
        assertTrue(Outbox.list(server, "+8613800137004").stream().map(JsonValue::asJsonObject)
                .noneMatch(m -> "NOTICE".equals(m.getString("kind", null))), "the party taken out is not told");

        // a portrait tablet: nothing wider than the screen (wide tables scroll inside their box)
        browser.manage().window().setSize(new Dimension(800, 1280));
        browser.get(server.baseUrl() + "/console/returnhome/#/board");
        await().until(d -> !d.findElements(By.cssSelector("#board-body tr")).isEmpty());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
        chromium.screenshot("returnhome-tablet.png");
        browser.manage().window().setSize(new Dimension(1280, 800));

        // English switch, remembered
        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/board']"), "Demand board"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("lang-switch")).click();
    }

    @Test
    void anOperatorIsToldThePageIsForCoordinators() throws Exception {
        browser.manage().deleteAllCookies();
        chromium.signIn(server, "/console/returnhome/", "operator", WarmlineServer.DEMO_PASSWORD);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "operator"));
        assertTrue(browser.findElements(By.cssSelector("nav a[href='/console/returnhome/']")).stream()
                .noneMatch(WebElement::isDisplayed), "no link for an operator");
        browser.get(server.baseUrl() + "/console/returnhome/");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-access")));
        assertTrue(browser.findElement(By.id("view-board")).getAttribute("hidden") != null);
    }
}
