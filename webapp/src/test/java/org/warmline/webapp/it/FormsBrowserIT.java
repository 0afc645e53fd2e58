package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10, items 5, 6 and 7 in headless Chromium on the coordinators' pages: a place typed by name and
 * picked from the suggestions, shown by name on the saved trip; no division code, centre code or enum
 * name in the Chinese board, trips, trip and manifest pages (the text and the fields' values checked
 * against a pattern); check-in and "departed" buttons that say when they open; the planner's proposal
 * still there after leaving the planner view, and after a reload. Clock: 2027-01-28 22:00 (Asia/Shanghai).
 */
class FormsBrowserIT {

    /**
     * What must not show in the Chinese pages: a GB/T 2260 code (4 or 6 digits standing alone, not part of
     * a date, a time or a masked phone) or a code in capitals (PUBLISHED, SEAT_CONFIRMED, COACH_45, HQ);
     * "CSV" is the name of a file format on the export buttons.
     */
    private static final Pattern CODES = Pattern.compile(
            "(?<![\\d*:./-])(\\d{6}|\\d{4})(?![\\d*:./年-])|\\b(?!CSV\\b)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b(?<=[A-Z0-9]{2})");

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared(Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00"));
        chromium = Chromium.start("warmline-chromium-forms");
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

    private static void signIn() {
        chromium.signIn(server, "/console/returnhome/", "coordinator", WarmlineServer.DEMO_PASSWORD);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "coordinator"));
    }

    private static void open(String hash) {
        browser.get(server.baseUrl() + "/console/returnhome/" + hash);
    }

    private static void value(String id, String value) {
        chromium.value(id, value);
    }

    /** Types a place name into a place field and clicks the suggestion with that label. */
    private static void pickPlace(String field, String typed, String label) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(typed);
        await().until(d -> d.findElements(By.cssSelector("#" + field + "-suggest button")).stream()
                .filter(b -> b.isDisplayed() && label.equals(b.getText())).findFirst().orElse(null)).click();
    }

    /** @return the visible text of the page plus the values of its visible text fields */
    private static String visibleText() {
        return (String) ((JavascriptExecutor) browser).executeScript("var t = document.body.innerText;"
                + "document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=date]):not([type=time])"
                + ":not([type=number]), select').forEach(function (e) { if (e.offsetParent !== null) {"
                + " t += '\\n' + (e.tagName === 'SELECT' ? (e.selectedOptions[0] ? e.selectedOptions[0].text : '') : e.value); } });"
                + "return t;");
    }

    private static void assertNoCodes(String page) {
        String text = visibleText();
        Matcher m = CODES.matcher(text);
        boolean found = m.find();
        assertFalse(found, found ? page + " shows the code \"" + m.group() + "\" in:\n" + text : "");
    }

    @Test
    void aCoordinatorTypesAPlaceNamePicksASuggestionAndTheTripShowsThePlaceByName() throws Exception {
        signIn();
        open("#/trip/new");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("trip-form")));
        pickPlace("tr-origin", "杭州", "浙江 杭州");
        assertEquals("浙江 杭州", browser.findElement(By.id("tr-origin")).getAttribute("value"));
        browser.findElement(By.id("tr-pickup")).sendKeys("杭州东站北广场");
        pickPlace("tr-stops", "六安", "安徽 六安");
        pickPlace("tr-stops", "阜阳", "安徽 阜阳");
        value("tr-date", "2027-02-02");
        value("tr-time", "08:00");
        browser.findElement(By.id("tr-save")).click();
        await().until(ExpectedConditions.urlMatches("#/trip/\\d+$"));
        long tripId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*#/trip/", ""));
        await().until(ExpectedConditions.textToBe(By.id("tr-status"), "草稿"));

        JsonObject saved = ReturnHomeApi.ok(server, "GET", "/api/returnhome/trips/" + tripId, null);
        assertEquals("3301", saved.getJsonObject("origin").getString("code"), "the code went to the server");
        assertEquals(List.of("3415", "3412"), saved.getJsonArray("stops").stream()
                .map(s -> s.asJsonObject().getString("code")).toList());
        browser.navigate().refresh();
        await().until(ExpectedConditions.textToBe(By.id("tr-status"), "草稿"));
        assertEquals("浙江 杭州", browser.findElement(By.id("tr-origin")).getAttribute("value"));
        assertEquals(List.of("安徽 六安", "安徽 阜阳"), browser.findElements(By.cssSelector("#tr-stops-chosen li span"))
                .stream().map(WebElement::getText).toList());
        assertTrue(browser.findElement(By.id("tr-capacity")).getText().contains("浙江 杭州 → 安徽 六安 → 安徽 阜阳"),
                browser.findElement(By.id("tr-capacity")).getText());
        chromium.screenshot("forms-trip-places.png");
    }

    @Test
    void noCodeOrEnumNameShowsInTheChineseBoardTripsTripAndManifestPagesAndCheckInSaysWhenItOpens() throws Exception {
        long seated = ReturnHomeApi.confirmedRequest(server, "+8613800171201", "138****1201", "腊月二十四从杭州回安徽六安，2个人");
        long tripId = ReturnHomeApi.publishedTrip(server, seated, "2027-01-31T08:00");
        assertEquals(200, Http.sms(server, ReturnHomeApi.sid(), "+8613800171201", "1").statusCode());
        ReturnHomeApi.confirmedRequest(server, "+8613800171202", "138****1202", "腊月二十四从杭州回湖南衡阳，1个人");

        signIn();
        open("#/board");
        value("b-from", "2027-01-31");
        value("b-to", "2027-01-31");
        browser.findElement(By.cssSelector("#board-filters button[type=submit]")).click();
        await().until(d -> d.findElement(By.id("pool-body")).getText().contains("138****1202"));
        assertNoCodes("the demand board");

        open("#/trips");
        await().until(d -> d.findElement(By.id("trips-body")).getText().contains("已发布"));
        assertNoCodes("the trips list");

        open("#/trip/" + tripId);
        await().until(ExpectedConditions.textToBe(By.id("tr-status"), "已发布"));
        await().until(d -> d.findElement(By.id("manifest-body")).getText().contains("138****1201"));
        assertNoCodes("the trip and its manifest");

        // 34 hours before departure: check-in and "departed" say when they open instead of failing
        WebElement row = browser.findElement(By.cssSelector("#manifest-body tr[data-request='" + seated + "']"));
        assertFalse(row.findElement(By.cssSelector("button.board")).isEnabled());
        assertEquals("1月30日 20:00 起可签到", row.findElement(By.cssSelector(".check-in-opens")).getText());
        assertFalse(browser.findElement(By.id("tr-depart")).isEnabled());
        assertEquals("1月31日 07:30 起可标记发车", browser.findElement(By.id("tr-depart-when")).getText());
        chromium.screenshot("forms-manifest.png");

        // the print view in the console's language
        String print = browser.findElement(By.id("m-print")).getAttribute("href");
        assertTrue(print.endsWith("/manifest.html?lang=zh"), print);
        browser.get(print);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "乘客名单"));
        assertNoCodes("the print view");
    }

    @Test
    void thePlannersProposalIsStillThereAfterLeavingThePlannerViewAndAfterAReload() throws Exception {
        ReturnHomeApi.confirmedRequest(server, "+8613800171203", "138****1203", "腊月二十六从杭州回河南信阳，2个人");
        ReturnHomeApi.confirmedRequest(server, "+8613800171204", "138****1204", "腊月二十六从杭州回河南信阳，3个人");
        signIn();
        open("#/planner");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
        pickPlace("p-origin", "杭州", "浙江 杭州");
        value("p-from", "2027-02-02");
        value("p-to", "2027-02-02");
        browser.findElement(By.id("p-pickup")).sendKeys("杭州汽车东站");
        WebElement seconds = browser.findElement(By.id("p-seconds"));
        seconds.clear();
        seconds.sendKeys("2");
        browser.findElement(By.id("p-run")).click();
        await().until(d -> d.findElements(By.cssSelector("#p-trips article.plan-trip")).size() == 1);
        String planId = browser.findElement(By.id("p-id")).getText();
        String summary = browser.findElement(By.id("p-summary")).getText();
        assertTrue(summary.startsWith("1 个车次，5 座"), summary);

        browser.findElement(By.cssSelector("nav a[href='#/trips']")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("view-trips")));
        browser.findElement(By.cssSelector("nav a[href='#/planner']")).click();
        await().until(d -> d.findElements(By.cssSelector("#p-trips article.plan-trip")).size() == 1);
        assertEquals(planId, browser.findElement(By.id("p-id")).getText());
        assertEquals(summary, browser.findElement(By.id("p-summary")).getText(), "the lower bound is kept too");

        browser.navigate().refresh();
        await().until(d -> d.findElements(By.cssSelector("#p-trips article.plan-trip")).size() == 1);
        assertEquals(planId, browser.findElement(By.id("p-id")).getText());
        assertTrue(browser.findElement(By.id("p-trips")).getText().contains("138****1203"));

        browser.findElement(By.id("p-discard")).click();
        await().until(ExpectedConditions.urlMatches("#/planner$"));
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan-result")));
    }

    @Test
    void theOperatorsConsoleShowsWordsNotCodesAndEscalatesWithAPlaceByNameAndATradeInTheWorkersWords() throws Exception {
        String phone = "+8613800171205";
        ReturnHomeApi.confirmedRequest(server, phone, "138****1205", "腊月二十二从杭州回安徽六安，2个人");
        assertEquals(200, Http.sms(server, ReturnHomeApi.sid(), phone, "转人工").statusCode());
        int id = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD)
                .awaitConversation("138****1205", i -> "OPEN".equals(i.getString("status"))).getInt("id");

        // the conversation is Anhui's (六安): an admin sees every centre's
        chromium.signIn(server, "/console/", "admin", WarmlineServer.DEMO_PASSWORD);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "admin"));
        browser.get(server.baseUrl() + "/console/#/c/" + id);
        try {
            await().until(d -> d.findElement(By.id("c-file")).getText().contains("浙江 杭州 → 安徽 六安"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the worker's file: " + visibleText(), e);
        }
        await().until(d -> !d.findElement(By.id("c-messages")).getText().isEmpty());
        assertNoCodes("the console's conversation view");

        browser.findElement(By.id("esc-JOBS")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("esc-form")));
        pickPlace("esc-f-location", "萧山", "浙江 杭州 萧山区");
        browser.findElement(By.id("esc-f-trade")).sendKeys("电焊");
        assertNoCodes("the escalation form");
        browser.findElement(By.id("esc-submit")).click();
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("esc-form")));
        JsonObject seeker = Http.getArray(server, "/api/jobs/seekers").stream().map(v -> v.asJsonObject())
                .filter(j -> "330109".equals(j.getString("locationCode", null))).findFirst().orElseThrow();
        assertEquals("WELDER", seeker.getString("trade"), "电焊 read as the bot reads it");
    }
}
