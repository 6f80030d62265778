package org.waymark.testing;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Base for tests that drive the web pages in a real headless Chromium (Debian's chromium and chromium-driver,
 * installed by the build through .ci/install-test-tools) against the running service with its embedded database. Screenshots go to
 * {@code target/screenshots/}.
 */
public abstract class BrowserTest extends DatabaseTest {

    @Inject
    protected EmbeddedServer server;

    protected WebDriver browser;
    protected WebDriverWait wait;
    /** Where the browser saves downloads. */
    protected Path downloads;

    @BeforeAll
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("waymark.chromium", "/usr/bin/chromium")));
        downloads = Path.of("target", "downloads", getClass().getSimpleName()).toAbsolutePath();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB",
                "--window-size=1280,900");
        configure(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("waymark.chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Options a test class adds to the browser's before it starts (for example a log it reads). */
    protected void configure(ChromeOptions options) {
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startSignedOut() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    protected void signIn(String username) {
        signIn(username, ApiClient.DEMO_PASSWORD);
    }

    /** Signs in an account with its own password (one a test set up, past its first sign-in). */
    protected void signIn(String username, String password) {
        browser.get(url("/"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
        try {
            wait.until(ExpectedConditions.textToBe(By.id("who"), username));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("sign-in of " + username + " ended on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
    }

    protected WebElement click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        element.click();
        return element;
    }

    protected String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    protected void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
