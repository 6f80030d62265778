package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.ScreeningFixture;

import java.io.File;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The web pages in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them). */
@MicronautTest
class WebPagesTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("waymark.chromium", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("waymark.chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startFresh() {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
    }

    @Test
    void anOfficerSignsInAndSeesTheUnitsScreeningsInPolish() {
        new ApiClient(http).as("officer.airport").postJson("/api/v1/screenings", ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Anna"));
        browser.get(url("/"));

        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        browser.findElement(By.id("username")).sendKeys("officer.airport");
        browser.findElement(By.id("password")).sendKeys("waymark-demo");
        browser.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#screenings tbody tr")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Rozmowy przesiewowe Twojej jednostki");
        assertThat(browser.findElement(By.cssSelector("#screenings tbody")).getText()).contains("triage").contains("w toku");
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo("officer.airport");
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.cookie"))
                .as("the session cookie is HttpOnly").doesNotContain("waymark_session");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() {
        browser.findElement(By.id("username")).sendKeys("officer.border");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.id("error")).getText()).contains("Wrong user name or password");
        browser.get(url("/officer.html"));
        wait.until(ExpectedConditions.urlToBe(url("/")));
    }

    @Test
    void signingOutEndsTheSession() {
        browser.findElement(By.id("username")).sendKeys("officer.border");
        browser.findElement(By.id("password")).sendKeys("waymark-demo");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("who"), "officer.border"));

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/officer.html"));

        wait.until(ExpectedConditions.urlToBe(url("/")));
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }
}
