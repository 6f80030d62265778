package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ScreeningBody;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's session ending in headless Chromium: the warning before it ends, an answer given after it ended kept
 * in the tab and sent after signing in again, and errors on page routes as pages in the officer's language. Tokens live
 * 15 minutes (the service's setting), so the warning comes 2 minutes before the end; the test moves the service's and
 * the page's clocks instead of waiting, or ends a session by deleting its cookie.
 */
@MicronautTest
class SessionExpiryPagesTest extends BrowserTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Duration WARNING_LEAD = Duration.ofMinutes(2);

    @Inject
    @Client("/")
    HttpClient http;

    /** An officer of a unit the test owns, who signs in with their own password. */
    private OwnUnit.Officer officer;

    /** A fresh unit and officer for each test: the tests move the service's clock past the end of earlier tokens. */
    @BeforeEach
    void officer() {
        officer = OwnUnit.create(http).officerAccount("session");
    }

    @Test
    void anAnswerGivenAfterTheSessionEndedIsKeptAndArrivesAfterSigningInAgainBackOnTheInterview() {
        String id = startScreening();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        browser.findElement(By.id("note")).sendKeys("hesitated, looked at the escort");
        browser.manage().deleteCookieNamed("waymark_session");

        click("answer-YES");

        assertThat(text("session-ended")).contains("Your session has ended").contains("kept in this browser tab");
        assertThat(browser.findElement(By.id("note")).getAttribute("value")).as("the note stays on the page")
                .isEqualTo("hesitated, looked at the escort");
        assertThat(browser.getPageSource()).doesNotContain("Method Not Allowed").doesNotContain("\"status\"");
        assertThat(pendingInTheTab()).contains("hesitated").contains("YES").doesNotContain("_csrf");
        assertThat((String) script("return localStorage.length + ''")).isEqualTo("0");
        screenshot("session-ended-answer-kept");

        click("sign-in-again");
        assertThat(text("expired")).contains("Sign in again to go back");
        assertThat(text("kept-answer")).contains("is kept in this browser tab");
        assertThat(browser.getCurrentUrl()).doesNotContain("hesitated");
        browser.findElement(By.id("username")).sendKeys(officer.username());
        browser.findElement(By.id("password")).sendKeys(officer.password());
        browser.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.textMatches(By.id("progress"), java.util.regex.Pattern.compile("^1 .*")));
        assertThat(browser.getCurrentUrl()).as("back on the interview (at its next question)").startsWith(url("/officer/screenings/" + id));
        assertThat(pendingInTheTab()).as("forgotten once sent").isNull();
        ScreeningBody screening = officer.api().screening(id);
        assertThat(screening.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.answer()).isEqualTo("YES");
            assertThat(answer.note()).contains("hesitated, looked at the escort");
        });
        assertThat(screening.version()).as("saved once").isEqualTo(1);
        screenshot("session-ended-answer-sent-after-sign-in");
    }

    @Test
    void aWarningComesBeforeTheSessionEndsAndContinueKeepsItAlive() {
        String id = startScreening();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        String before = browser.manage().getCookieNamed("waymark_session").getValue();

        advanceClocks(LIFETIME.minus(WARNING_LEAD).plusSeconds(5));
        assertThat(text("session-warning")).contains("about to end");
        screenshot("session-warning");
        click("session-continue");

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-warning")));
        assertThat(browser.manage().getCookieNamed("waymark_session").getValue()).as("a fresh session cookie").isNotEqualTo(before);
        advanceClocks(WARNING_LEAD);
        browser.navigate().refresh();
        assertThat(text("who")).as("still signed in after the first token would have ended").isEqualTo(officer.username());
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/officer/screenings/" + id));
    }

    @Test
    void typingANoteRenewsTheSessionWithoutSendingTheAnswer() {
        String id = startScreening();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        String before = browser.manage().getCookieNamed("waymark_session").getValue();
        advanceClocks(LIFETIME.dividedBy(3).plusSeconds(1));

        browser.findElement(By.id("note")).sendKeys("still talking");

        wait.until(driver -> !before.equals(driver.manage().getCookieNamed("waymark_session").getValue()));
        assertThat(browser.findElement(By.id("note")).getAttribute("value")).isEqualTo("still talking");
        assertThat(text("progress")).startsWith("0 ");
    }

    @Test
    void anIdlePageSaysTheSessionEndedWithAWayBack() {
        signIn(officer);
        browser.get(url("/officer"));

        advanceClocks(LIFETIME.plusSeconds(1));
        assertThat(text("session-ended")).contains("Your session has ended");
        click("sign-in-again");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("expired")));
        browser.findElement(By.id("username")).sendKeys(officer.username());
        browser.findElement(By.id("password")).sendKeys(officer.password());
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("who"), officer.username()));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/officer"));
    }

    @Test
    void anUnknownAddressAndAFormAddressOpenedDirectlyArePagesInPolish() {
        browser.get(url("/language?lang=pl&back=/"));
        browser.get(url("/no-such-page"));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");
        assertThat(text("error-title")).isEqualTo("Nie ma takiej strony");
        assertThat(browser.findElement(By.id("error-back")).getAttribute("href")).endsWith("/home");
        assertThat(browser.getPageSource()).doesNotContain("\"status\"");
        screenshot("error-not-found-pl");

        String id = startScreening();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id + "/answers"));
        assertThat(text("error-title")).isEqualTo("Tego adresu nie można tak otworzyć");
        assertThat(browser.getPageSource()).doesNotContain("\"status\"");
    }

    @Test
    void aConsentSentWithoutASessionKeepsItsTickedEntriesOnThePageAndArrivesAfterSigningInAgainInPolish() {
        String id = startScreening();
        browser.get(url("/language?lang=pl&back=/"));
        signIn(officer);
        browser.get(url("/officer/screenings/" + id + "/consent"));
        click("open-NGO_SUPPORT");
        List<WebElement> told = browser.findElements(By.cssSelector("#consent-form-NGO_SUPPORT input[name=told]"));
        told.forEach(WebElement::click);
        click("status-NGO_SUPPORT-GIVEN");
        browser.manage().deleteCookieNamed("waymark_session");

        click("record-NGO_SUPPORT");

        assertThat(text("session-ended")).contains("Sesja wygasła").contains("przechowywane w tej karcie");
        assertThat(told).as("the ticked boxes stay ticked").allMatch(WebElement::isSelected);
        assertThat(browser.findElement(By.id("status-NGO_SUPPORT-GIVEN")).isSelected()).isTrue();
        assertThat(pendingInTheTab()).contains("NGO_SUPPORT").contains("GIVEN").doesNotContain("_csrf");
        screenshot("session-ended-consent-kept-pl");
        click("sign-in-again");
        assertThat(text("expired")).contains("Zaloguj się ponownie");
        browser.findElement(By.id("username")).sendKeys(officer.username());
        browser.findElement(By.id("password")).sendKeys(officer.password());
        browser.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded-NGO_SUPPORT")));
        assertThat(browser.getCurrentUrl()).startsWith(url("/officer/screenings/" + id + "/consent"));
        assertThat(pendingInTheTab()).as("forgotten once sent").isNull();
        assertThat(officer.api().screening(id).consents()).anySatisfy(consent -> {
            assertThat(consent.purpose()).isEqualTo("NGO_SUPPORT");
            assertThat(consent.status()).isEqualTo("GIVEN");
        });
        screenshot("session-ended-consent-sent-after-sign-in");
    }

    private String startScreening() {
        return officer.api().start(NewScreening.adultLabour("Mariia")).id();
    }

    private String pendingInTheTab() {
        return (String) script("return sessionStorage.getItem('waymark.pending')");
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
