package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ScreeningBody;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer in Polish corrects a screening's start details before the first answer, and is told why not after it. */
@MicronautTest
class StartDetailsPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anOfficerInPolishCorrectsTheStartDetailsBeforeTheFirstAnswerAndIsToldWhyNotAfterIt() {
        OwnUnit.Officer account = OwnUnit.create(http).officerAccount("details");
        ApiClient officer = account.api();
        String id = officer.start(NewScreening.adultLabour("Mariia")).id();
        signIn(account);
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        browser.get(url("/officer/screenings/" + id));

        click("change-start-details");
        assertThat(text("start-title")).isEqualTo("Zmień dane początkowe rozmowy");
        assertThat(browser.findElement(By.id("nameOrAlias")).getAttribute("value")).as("prefilled").isEqualTo("Mariia");
        assertThat(new Select(browser.findElement(By.id("placeType"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("AIRPORT");
        assertThat(browser.findElement(By.id("nationality")).getAttribute("value")).isEqualTo("Ukraina");
        new Select(browser.findElement(By.id("placeType"))).selectByValue("LAND_BORDER");
        new Select(browser.findElement(By.id("ageBand"))).selectByValue("UNDER_18");
        dateOfBirth(LocalDate.now().plusYears(1));
        click("start-screening");

        assertThat(text("error-summary")).contains("Wystąpił problem").contains("Data urodzenia nie może być z przyszłości");
        assertThat(new Select(browser.findElement(By.id("placeType"))).getFirstSelectedOption().getAttribute("value"))
                .as("what was chosen stays").isEqualTo("LAND_BORDER");
        screenshot("start-details-error-pl");
        assertThat(officer.screening(id)).extracting(ScreeningBody::placeType, ScreeningBody::version).containsExactly("AIRPORT", 0L);

        dateOfBirth(LocalDate.now().minusYears(16));
        click("start-screening");

        wait.until(ExpectedConditions.urlToBe(url("/officer/screenings/" + id)));
        assertThat(officer.screening(id)).extracting(ScreeningBody::placeType, ScreeningBody::ageBand, ScreeningBody::profile, ScreeningBody::version)
                .containsExactly("LAND_BORDER", "UNDER_18", "child-labour", 1L);
        screenshot("start-details-changed-pl");

        click("answer-NO");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("change-start-details")));
        browser.get(url("/officer/screenings/" + id + "/start-details"));
        assertThat(text("error-summary")).contains("zapisano już odpowiedź");
        click("start-screening");
        assertThat(text("error-summary")).contains("zapisano już odpowiedź");
        screenshot("start-details-refused-after-answer-pl");
        assertThat(officer.screening(id)).extracting(ScreeningBody::placeType, ScreeningBody::version).containsExactly("LAND_BORDER", 2L);
    }

    private void dateOfBirth(LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('dateOfBirth').value = arguments[0]", date.toString());
    }
}
