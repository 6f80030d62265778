package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ScreeningBody;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interview page whose answer request fails with a server error (a load balancer's 503 during a rolling restart):
 * the answer and the note stay on the page, the page says so in the officer's language, and the answer is sent again
 * until it arrives — saved exactly once, although the failed request had reached the server.
 */
@MicronautTest
class FailedAnswerRequestPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    FailingAnswerRoute failing;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.test.failing-answer-route", "true");
    }

    @Test
    void anAnswerWhoseReplyFailsWithA503StaysOnThePageInPolishAndArrivesOnceAfterTheRetry() {
        OwnUnit.Officer officer = OwnUnit.create(http).officerAccount("retry");
        String id = officer.api().start(NewScreening.adultLabour("Mariia")).id();
        browser.get(url("/language?lang=pl&back=/"));
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        browser.findElement(By.id("note")).sendKeys("unikała wzroku");
        failing.failNext(1);

        click("answer-YES");

        assertThat(text("offline")).contains("Serwer chwilowo nie odpowiada").contains("zostają na tej stronie");
        assertThat(browser.findElement(By.id("note")).getAttribute("value")).as("the note stays on the page").isEqualTo("unikała wzroku");
        assertThat(browser.getPageSource()).doesNotContain("503 Service Unavailable");
        screenshot("answer-kept-after-503-pl");

        wait.until(ExpectedConditions.textMatches(By.id("progress"), java.util.regex.Pattern.compile(".*\\b1 z \\d+.*")));
        assertThat(failing.failed()).as("the first reply was a 503").isEqualTo(1);
        assertThat(browser.findElements(By.id("offline"))).as("the note is gone once saved").isEmpty();
        ScreeningBody screening = officer.api().screening(id);
        assertThat(screening.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.answer()).isEqualTo("YES");
            assertThat(answer.note()).contains("unikała wzroku");
        });
        assertThat(screening.version()).as("saved exactly once").isEqualTo(1);
        screenshot("answer-arrived-after-retry-pl");
    }
}
