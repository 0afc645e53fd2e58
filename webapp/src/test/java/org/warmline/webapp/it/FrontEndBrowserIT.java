package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff pages' shared front end (console/assets/warmline.js) and their words from the resource
 * bundles, on the shared server in a real headless Chromium: GET /console/i18n serves each language's bundle
 * (and /console/i18n/texts.js both, as the script the pages load) with an ETag; the console, the coordinators' page and the sign-in page say the bundle's words in
 * Chinese and English (the scripts hold no dictionary of their own); a refusal whose problem+json carries a {@code code}
 * is said with the bundle's words for that code, one without by its status as before; worker text
 * with HTML in it shows as text.
 */
class FrontEndBrowserIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static WarmlineServer server;
    private static Chromium chromium;
    private static WebDriver browser;
    private static JsonObject zh;
    private static JsonObject en;
    private static boolean signedIn;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        zh = Http.object(texts("zh", null).body());
        en = Http.object(texts("en", null).body());
        chromium = Chromium.start("warmline-chromium-frontend");
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    private static HttpResponse<String> texts(String lang, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/i18n"
                + (lang == null ? "" : "?lang=" + lang))).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static WebDriverWait await() {
        return chromium.await(Duration.ofSeconds(20));
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** Signs in as admin (who may see every page) and opens the page in the given language. */
    private static void open(String page, String lang) {
        if (!signedIn) {
            chromium.signIn(server, "/console/", "admin", WarmlineServer.DEMO_PASSWORD);
            await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "admin"));
            signedIn = true;
        }
        script("localStorage.setItem('warmline.lang', arguments[0]);", lang);
        browser.get(server.baseUrl() + page);
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "admin"));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void theWordsOfEachLanguageAreServedFromItsBundleWithAnETag() throws Exception {
        HttpResponse<String> chinese = texts("zh", null);
        assertEquals(200, chinese.statusCode(), "public: the sign-in page needs its words too");
        assertTrue(chinese.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(chinese.headers().firstValue("Cache-Control").orElse("").contains("no-cache"), "revalidated, not stale");
        String etag = chinese.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        assertEquals(304, texts("zh", etag).statusCode(), "a browser with the current copy downloads nothing");
        assertEquals(chinese.body(), texts(null, null).body(), "Chinese first");
        assertEquals("队列", zh.getString("console.navQueue"));
        assertEquals("Queue", en.getString("console.navQueue"));
        assertEquals("需求看板", zh.getString("returnhome.navBoard"));
        assertEquals("Demand board", en.getString("returnhome.navBoard"));
        assertEquals("登录", zh.getString("login.signIn"));
        assertEquals("Sign in", en.getString("login.signIn"));
        assertEquals(zh.keySet(), en.keySet(), "every key in both languages");
        assertFalse(etag.equals(texts("en", null).headers().firstValue("ETag").orElse(null)), "one ETag per language");

        // the same words as the script the pages load: both languages, also revalidated by ETag
        HttpResponse<String> script = Http.get(server, "/console/i18n/texts.js", null, null);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().startsWith("window.WarmlineTexts = {\"zh\": " + chinese.body() + ", \"en\": "), "the JSON of both");
        String scriptTag = script.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/i18n/texts.js"))
                .header("If-None-Match", scriptTag).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpResponse<String> unknown = texts("fr", null);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("i18n.unknown-language", Http.object(unknown.body()).getString("code"));
    }

    @Test
    void theConsoleAndTheCoordinatorsPageSayTheBundlesWordsInChineseAndEnglish() throws Exception {
        open("/console/", "zh");
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/dashboard']"),
                zh.getString("console.navDashboard")));
        assertEquals(zh.getString("console.other"), text("#lang-switch"));
        assertEquals(Boolean.TRUE, script("return performance.getEntriesByType('resource')"
                + ".some(function (e) { return e.name.indexOf('/console/i18n/texts.js') >= 0; });"), "words from the bundles' script");
        assertEquals(zh.getString("console.navQueue"), script("return window.WarmlineTexts.zh['console.navQueue'];"));
        // a word the script puts in (not in the HTML): the live indicator
        String live = await().until(d -> {
            String t = text("#live");
            return t.equals(zh.getString("console.liveOn")) || t.equals(zh.getString("console.liveOff")) ? t : null;
        });
        assertNotNull(live);

        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/queue']"),
                en.getString("console.navQueue")));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(en.getString("console.navDashboard"), text("nav a[href='#/dashboard']"));
        assertEquals(en.getString("console.other"), text("#lang-switch"));
        assertEquals(en.getString("console.searchPlaceholder"), browser.findElement(By.id("f-q")).getAttribute("placeholder"));
        await().until(d -> text("#live").equals(en.getString("console.liveOn")) || text("#live").equals(en.getString("console.liveOff")));

        // the coordinators' page remembers English, says its own words (same key, other page: other text)
        browser.get(server.baseUrl() + "/console/returnhome/");
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/board']"),
                en.getString("returnhome.navBoard")));
        assertEquals(en.getString("returnhome.appTitle"), browser.getTitle());
        // the filter's options show once the board view is drawn (on a busy machine after the nav's words)
        await().until(d -> en.getString("returnhome.waitingSeat").equals(text("#b-status option[value='']")));
        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/board']"),
                zh.getString("returnhome.navBoard")));
        assertEquals(zh.getString("returnhome.appTitle"), browser.getTitle());
        assertEquals("暖心热线 · 返乡调度", browser.getTitle());
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));

        // the scripts the pages load hold no words of their own
        for (String asset : new String[] {"/console/assets/console.js", "/console/returnhome/returnhome.js"}) {
            String body = Http.get(server, asset, null, null).body();
            assertFalse(body.contains("'队列'") || body.contains("'需求看板'") || body.contains("'Demand board'"), asset);
        }
    }

    @Test
    void theSignInPageSaysWhyASignInFailedWithTheBundlesWords() {
        browser.get(server.baseUrl() + "/console/login?error=wrong");
        script("localStorage.setItem('warmline.lang', 'zh');");
        browser.get(server.baseUrl() + "/console/login?error=wrong");
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), zh.getString("login.wrong")));
        assertEquals("用户名或密码错误，或账号已停用。", text("#error"));
        assertEquals(zh.getString("login.signIn"), text("#login-button"));
        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), en.getString("login.wrong")));
        assertEquals(en.getString("login.signIn"), text("#login-button"));
        assertEquals(en.getString("login.other"), text("#lang-switch"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        script("localStorage.setItem('warmline.lang', 'zh');");
    }

    @Test
    void aRefusalWithACodeIsSaidWithTheBundlesWordsAndOneWithoutByItsStatus() {
        String call = "var done = arguments[arguments.length - 1];"
                + "Warmline.api('GET', arguments[0]).then(function () { done('answered'); },"
                + " function (e) { done(e.status + ' ' + e.message); });";
        open("/console/", "zh");
        assertEquals("400 " + zh.getString("problem.i18n.unknown-language"),
                ((JavascriptExecutor) browser).executeAsyncScript(call, "/console/i18n?lang=xx"));
        // no code: today's words by status
        assertEquals("404 " + zh.getString("console.e404"),
                ((JavascriptExecutor) browser).executeAsyncScript(call, "/api/helpdesk/conversations/987654321"));

        browser.findElement(By.id("lang-switch")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav a[href='#/queue']"), "Queue"));
        assertEquals("400 " + en.getString("problem.i18n.unknown-language"),
                ((JavascriptExecutor) browser).executeAsyncScript(call, "/console/i18n?lang=xx"));
        String english404 = (String) ((JavascriptExecutor) browser).executeAsyncScript(call, "/api/helpdesk/conversations/987654321");
        assertTrue(english404.startsWith("404 " + en.getString("console.e404")), english404);

        // the coordinators' page shares the display: the same code, the same words
        open("/console/returnhome/", "zh");
        assertEquals("400 " + zh.getString("problem.i18n.unknown-language"),
                ((JavascriptExecutor) browser).executeAsyncScript(call, "/console/i18n?lang=xx"));
    }

    @Test
    void workerTextWithHtmlInItShowsAsText() {
        String html = "转人工 <b>加粗</b><img src=x onerror=\"window.pwned=1\">";
        try {
            assertEquals(200, Http.sms(server, "SMfrontend1" + "x".repeat(23), "+8613900005555", html).statusCode());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        open("/console/#/queue", "zh");
        // the shared server's queue holds other classes' conversations too: search for this one's phone
        WebElement search = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("f-q")));
        search.clear();
        search.sendKeys("5555", Keys.ENTER);
        String row = await().until(d -> d.findElements(By.cssSelector("#queue-body tr")).stream()
                .filter(r -> r.getText().contains("139****5555")).findFirst().map(r -> r.getText()).orElse(null));
        assertTrue(row.contains("<b>加粗</b><img src=x"), row);
        assertTrue(browser.findElements(By.cssSelector("#queue-body b, #queue-body img")).isEmpty(), "no element from worker text");
        await().until(d -> {
            d.findElements(By.cssSelector("#queue-body tr")).stream()
                    .filter(r -> r.getText().contains("139****5555")).findFirst().orElseThrow().click();
            return true;
        });
        assertEquals(html, await().until(d -> d.findElements(By.cssSelector("#c-messages .msg.inbound .msg-body")).stream()
                .findFirst().map(m -> m.getText()).orElse(null)));
        assertTrue(browser.findElements(By.cssSelector("#c-messages b, #c-messages img")).isEmpty(), "no element from worker text");
        assertEquals(null, script("return window.pwned === undefined ? null : window.pwned;"));
    }
}
