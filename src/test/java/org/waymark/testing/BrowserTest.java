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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
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
import java.util.Map;
import java.util.Set;

/**
 * Base for tests that drive the web pages in a real headless Chromium (Debian's chromium and chromium-driver,
 * installed by the build through .ci/install-test-tools) against the running service with its embedded database. The
 * classes share one Chromium, each in a fresh tab, unless a class adds options of its own. Screenshots go to
 * {@code target/screenshots/}.
 */
public abstract class BrowserTest extends DatabaseTest {

    /** One Chromium for the test run (launching one takes seconds); each class works in a fresh tab of it. */
    private static ChromeDriver shared;

    @Inject
    protected EmbeddedServer server;

    /** The service's clock, which {@link #advanceClocks} moves together with the page scripts' clock. */
    @Inject
    protected MovableClock clock;

    protected WebDriver browser;
    protected WebDriverWait wait;
    /** Where the browser saves downloads. */
    protected Path downloads;

    private boolean ownBrowser;
    private Duration pageClockOffset = Duration.ZERO;
    private String pageClockScript;

    @BeforeAll
    void openBrowser() {
        downloads = Path.of("target", "downloads", getClass().getSimpleName()).toAbsolutePath();
        ChromeOptions options = options();
        Map<String, Object> standard = options.asMap();
        configure(options);
        ownBrowser = !options.asMap().equals(standard);
        if (ownBrowser) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            browser = launch(options);
        } else {
            browser = freshTab();
            ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a page that replaces itself (a form posted, a redirect) can make Chromium report the old page's node as gone
        // ("Node with given id does not belong to the document", a plain WebDriverException): every wait asks again
        wait.ignoring(WebDriverException.class);
    }

    /** Options a test class adds to the browser's before it starts (for example a log it reads); it then gets a Chromium of its own. */
    protected void configure(ChromeOptions options) {
    }

    @AfterAll
    void closeBrowser() {
        if (ownBrowser && browser != null) {
            browser.quit();
        }
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("waymark.chromium", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB",
                "--window-size=1280,900");
        return options;
    }

    private static ChromeDriver launch(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("waymark.chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The shared Chromium with one new tab (no scripts or emulation a previous class added to its page), launched on first use. */
    private static synchronized ChromeDriver freshTab() {
        try {
            if (shared != null) {
                shared.getWindowHandles();
            }
        } catch (WebDriverException e) {
            shared = null; // it died with an earlier class: a new one
        }
        if (shared == null) {
            shared = launch(options());
            ChromeDriver started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "test-chromium-stop"));
            return shared;
        }
        Set<String> previous = shared.getWindowHandles();
        shared.switchTo().newWindow(WindowType.TAB);
        String tab = shared.getWindowHandle();
        for (String handle : previous) {
            shared.switchTo().window(handle).close();
        }
        shared.switchTo().window(tab);
        return shared;
    }

    /**
     * Moves the service's clock and the clock the pages' scripts read ({@code Date.now()}) forward together, so a test
     * sees what happens after a while (a session's warning and end) without waiting for it.
     */
    protected void advanceClocks(Duration by) {
        clock.advance(by);
        pageClockOffset = pageClockOffset.plus(by);
        String moved = "if (!Date.unmoved) { Date.unmoved = Date.now; } Date.now = () => Date.unmoved() + " + pageClockOffset.toMillis() + ";";
        ChromeDriver chrome = (ChromeDriver) browser;
        if (pageClockScript != null) {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", pageClockScript));
        }
        pageClockScript = (String) chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", moved)).get("identifier");
        chrome.executeScript(moved);
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

    /** Clicks the element once it can be clicked; a click refused because the page was being replaced is tried again. */
    protected WebElement click(String id) {
        return wait.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(driver);
            if (element != null) {
                element.click();
            }
            return element;
        });
    }

    /**
     * Clicks a button that posts a form and waits until the page it was on has been replaced, so that what the test
     * reads next is the answer to this post, not the page before it (a refused form comes back at the same address).
     */
    protected void submit(String id) {
        WebElement page = browser.findElement(By.tagName("html"));
        click(id);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    /** The element's text, read again if the page was replaced between finding the element and reading it. */
    protected String text(String id) {
        return wait.until(driver -> driver.findElement(By.id(id)).getText());
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

    /** Signs in an officer of a unit the test owns ({@link OwnUnit#officerAccount}). */
    protected void signIn(OwnUnit.Officer officer) {
        signIn(officer.username(), officer.password());
    }
}
