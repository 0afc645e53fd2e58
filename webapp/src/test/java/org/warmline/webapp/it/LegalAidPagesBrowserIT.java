package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12, point 7 in headless Chromium on the shared server: legal-aid staff sign in, see the case queue, open a
 * case whose employer, project and note hold hostile text ({@code <img src=x onerror=alert(1)>},
 * {@code '; DROP TABLE}) and see it as text (no image, no alert), switch to English, and see the figures; the
 * console links to the legal-aid pages for them and not for a coordinator, whose direct link to the case shows
 * a polite refusal (the API's 403). Screenshots go to target/screenshots/ (la-queue.png, la-case.png,
 * la-case-en.png, la-group.png, la-inspection.png, la-dashboard.png, la-coordinator-refused.png).
 */
class LegalAidPagesBrowserIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;
    private static final String HOSTILE = "<img src=x onerror=alert(1)>'; DROP TABLE la_case; --";
    private static final String EMPLOYER = "杭州顺达建筑劳务有限公司" + HOSTILE;

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;
    private static long caseId;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        Console legal = Console.basic(server, "legal-aid", PASSWORD);
        caseId = LegalDocumentsIT.LegalAidCases.open(server, legal, "+8613900139071", "包工头欠我两个月工资，一万二，在杭州萧山工地");
        legal.ok("PATCH", "/api/legalaid/cases/" + caseId, "{\"employerAsNamed\":" + Json.createValue(EMPLOYER)
                + ",\"projectName\":" + Json.createValue("钱江世纪城" + HOSTILE) + ",\"siteCode\":\"330109\",\"trade\":\"木工\","
                + "\"amountOwedFen\":1200000,\"monthsUnpaid\":2,\"urgent\":true}");
        legal.ok("PUT", "/api/legalaid/cases/" + caseId + "/chain", "{\"parties\":[{\"role\":\"GENERAL_CONTRACTOR\","
                + "\"name\":\"浙江宏图建设集团有限公司\"},{\"role\":\"FOREMAN\",\"name\":" + Json.createValue("王老板" + HOSTILE) + "}]}");
        legal.ok("POST", "/api/legalaid/cases/" + caseId + "/notes", "{\"text\":" + Json.createValue("工人说：" + HOSTILE) + "}");
        // a co-worker's claim against the same employer at the same site: linked into one group (lagroup)
        long other = LegalDocumentsIT.LegalAidCases.open(server, legal, "+8613900139072", "同一个工地，老板也欠我一万");
        legal.ok("PATCH", "/api/legalaid/cases/" + other, "{\"employerAsNamed\":" + Json.createValue(EMPLOYER)
                + ",\"siteCode\":\"330109\",\"amountOwedFen\":1000000}");
        chromium = Chromium.start("warmline-chromium-legalaid");
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static WebDriverWait await() {
        return chromium.await(Duration.ofSeconds(20));
    }

    private static void noScriptRan() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened: hostile text ran as script");
        } catch (NoAlertPresentException expected) {
            // text stayed text
        }
        Object images = ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('main img').length");
        assertEquals(0L, images, "no image element made from worker text");
    }

    @Test
    void legalAidStaffSeeTheQueueOpenACaseWithHostileTextAsTextAndSwitchToEnglish() throws Exception {
        chromium.signIn(server, "/console/", "legal-aid", PASSWORD);
        WebElement link = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='/console/legalaid/']")));
        assertEquals("法律援助", link.getText());
        link.click();

        WebElement row = await().until(d -> d.findElements(By.cssSelector("#queue-body tr[data-case='" + caseId + "']"))
                .stream().findFirst().orElse(null));
        String rowText = row.getText();
        assertTrue(rowText.contains(EMPLOYER), rowText);
        assertTrue(rowText.contains("139****9071") && rowText.contains("紧急"), rowText);
        assertFalse(rowText.contains("13900139071"), "phones masked in the queue");
        // the shared server's clock is 2026-12-01 (Asia/Shanghai), the legal-aid decision is due 7 days after intake
        // (Legal Aid Law Art. 43): the queue counts the days left on the server's clock, as the case view does,
        // not on the browser's
        assertTrue(rowText.contains("2026-12-08 (还有7天)"), rowText);
        noScriptRan();
        chromium.screenshot("screenshots/la-queue.png");

        row.click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-id"), String.valueOf(caseId)));
        String facts = await().until(d -> {
            String t = d.findElement(By.id("c-facts")).getText();
            return t.contains(EMPLOYER) ? t : null;
        });
        assertTrue(facts.contains("钱江世纪城" + HOSTILE), facts);
        String chain = browser.findElement(By.id("c-chain")).getText();
        assertTrue(chain.contains("施工总承包") && chain.contains("浙江宏图建设集团有限公司") && chain.contains("王老板" + HOSTILE), chain);
        assertTrue(browser.findElement(By.cssSelector("#c-chain li.first-payer")).getText().contains("浙江宏图建设集团有限公司"));
        assertTrue(browser.findElement(By.id("c-first-payer")).getText().contains("第30条"));
        assertTrue(browser.findElement(By.id("c-notes")).getText().contains("工人说：" + HOSTILE));
        assertTrue(browser.findElement(By.id("c-claimants-body")).getText().contains("139****9071"));
        assertTrue(browser.findElement(By.id("d-arb-pdf")).getAttribute("href")
                .endsWith("/api/legalaid/cases/" + caseId + "/documents/arbitration-application?format=pdf&lang=zh"));
        noScriptRan();
        chromium.screenshot("screenshots/la-case.png");

        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view-case h3"), "Facts"));
        assertEquals("Case queue", browser.findElement(By.cssSelector("nav a[href='#/queue']")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String english = await().until(d -> {
            String t = d.findElement(By.id("c-chain")).getText();
            return t.contains("General contractor") ? t : null;
        });
        assertTrue(english.contains("王老板" + HOSTILE), english);
        assertTrue(browser.findElement(By.id("c-first-payer")).getText().contains("Art. 30"));
        noScriptRan();
        chromium.screenshot("screenshots/la-case-en.png");
        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view-case h3"), "基本情况"));

        // the linked group: two workers, both cases, the total owed
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#c-group a"))).click();
        await().withMessage(() -> "the group's rows: " + browser.findElement(By.id("group-body")).getText())
                .until(d -> d.findElements(By.cssSelector("#group-body tr")).size() == 2);
        assertEquals("2", browser.findElement(By.id("g-workers")).getText());
        assertEquals("¥22,000.00", browser.findElement(By.id("g-owed")).getText());
        assertTrue(browser.findElement(By.id("group-body")).getText().contains(EMPLOYER));
        noScriptRan();
        chromium.screenshot("screenshots/la-group.png");
    }

    @Test
    void theFiguresTheInspectionListAndTheGroupViewOpen() throws Exception {
        chromium.signIn(server, "/console/legalaid/", "legal-aid", PASSWORD);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "legal-aid"));
        browser.get(server.baseUrl() + "/console/legalaid/#/dashboard");
        await().until(d -> {
            String open = d.findElement(By.id("k-open")).getText();
            return !open.isEmpty() && Integer.parseInt(open) >= 1;
        });
        await().until(d -> !d.findElements(By.cssSelector("#season-chart svg rect")).isEmpty());
        assertEquals(3, browser.findElements(By.cssSelector("#season-chart .legend > span")).size(), "owed, recovered, received");
        assertTrue(browser.findElement(By.id("k-owed")).getText().startsWith("¥"));
        chromium.screenshot("screenshots/la-dashboard.png");

        browser.get(server.baseUrl() + "/console/legalaid/#/inspection");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("view-inspection")));
        assertTrue(browser.findElement(By.id("i-csv")).getAttribute("href").contains("/api/legalaid/inspection-list?format=csv"));
        assertTrue(browser.findElement(By.id("i-xlsx")).getAttribute("href").contains("/api/legalaid/inspection-list?format=xlsx"));
        String list = await().until(d -> {
            String t = d.findElement(By.id("inspection-body")).getText();
            return t.contains(EMPLOYER) ? t : null;
        });
        assertTrue(list.contains("浙江宏图建设集团有限公司"), "the party that pays first: " + list);
        chromium.screenshot("screenshots/la-inspection.png");
        noScriptRan();
    }

    @Test
    void aCoordinatorSeesNoLinkAndAPoliteRefusalInsteadOfTheCase() throws Exception {
        chromium.signIn(server, "/console/", "coordinator", PASSWORD);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "coordinator"));
        assertFalse(browser.findElement(By.cssSelector("a[href='/console/legalaid/']")).isDisplayed(),
                "no legal-aid link for a transport coordinator");
        browser.get(server.baseUrl() + "/console/legalaid/#/case/" + caseId);
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
        assertTrue(browser.findElement(By.id("refused")).getText().contains("您无权查看此案件"));
        assertTrue(browser.findElement(By.id("no-access")).isDisplayed());
        assertFalse(browser.findElement(By.id("view-case")).isDisplayed());
        assertFalse(browser.getPageSource().contains("王老板"), "no case data reaches the page");
        chromium.screenshot("screenshots/la-coordinator-refused.png");
    }
}
