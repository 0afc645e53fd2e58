package org.warmline.webapp.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * driven by Selenium (nothing downloads a browser), 1280×800, Chinese first, a fresh profile per run.
 * Override the binaries with {@code -Dwarmline.chromedriver=…} and {@code -Dwarmline.chromium=…}.
 */
final class Chromium implements AutoCloseable {

    private static final String CHROMEDRIVER = System.getProperty("warmline.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("warmline.chromium", "/usr/bin/chromium");

    private final WebDriver driver;

    private Chromium(WebDriver driver) {
        this.driver = driver;
    }

    /** @param profilePrefix name prefix of the temporary profile folder @return a started browser */
    static Chromium start(String profilePrefix) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,800",
                "--user-data-dir=" + Files.createTempDirectory(profilePrefix), "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Chromium(driver);
    }

    /** @return the Selenium driver */
    WebDriver driver() {
        return driver;
    }

    /** @param limit how long to wait @return a wait that retries when a re-render replaced an element */
    WebDriverWait await(Duration limit) {
        WebDriverWait wait = new WebDriverWait(driver, limit);
        wait.ignoring(StaleElementReferenceException.class); // pages re-render lists at any time
        return wait;
    }

    /**
     * Opens {@code page}, which redirects a signed-out browser to the console's login form, and signs in.
     *
     * @param server   the running server
     * @param page     a path under /console/
     * @param user     user name
     * @param password password
     */
    void signIn(WarmlineServer server, String page, String user, String password) {
        driver.get(server.baseUrl() + "/console/login");
        driver.manage().deleteAllCookies(); // whoever an earlier test left signed in
        driver.get(server.baseUrl() + page);
        await(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-button")).click();
    }

    /**
     * Sets an input's value the way a date or time picker would (locale-free), then fires input and change.
     *
     * @param id    the input's id
     * @param value the value, e.g. "2027-01-29" or "08:00"
     */
    void value(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input')); e.dispatchEvent(new Event('change'));", id, value);
    }

    /** Saves a PNG of the window as {@code target/<name>}. @param name file name */
    void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Quits the browser. */
    @Override
    public void close() {
        driver.quit();
    }
}
