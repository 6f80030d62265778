package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner directory on the officer's case page, in headless Chromium: the next steps for the outcome with their
 * source, the partners for the officer's voivodeship beside the nationwide ones, and the help card in the person's language.
 */
@MicronautTest
class PartnerDirectoryPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theCasePageShowsNextStepsAndThePartnersOfTheOfficersVoivodeshipInBothLanguages() {
        String id = CompletedScreenings.complete(new ApiClient(http).as("officer.border"), NewScreening.adultLabour("Оксана Тестова"),
                CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        signIn("officer.border");
        browser.get(url("/officer/cases/" + id));

        assertThat(text("step-speak-alone")).startsWith("Speak to the person alone");
        assertThat(text("step-documents")).contains("Never hand the person's documents to a companion");
        assertThat(text("next-steps-source")).contains("Algorytm postępowania").contains("to be verified");
        assertThat(text("help-nearby")).contains("District Labour Inspectorate, Rzeszów")
                .contains("National Intervention and Consultation Centre").contains("+48 22 628 01 20")
                .doesNotContain("District Labour Inspectorate, Białystok");
        screenshot("officer-case-next-steps");

        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-steps"), "Dalsze kroki"));
        assertThat(text("step-speak-alone")).startsWith("Rozmawiaj z osobą na osobności");
        assertThat(text("help-nearby")).contains("Okręgowy Inspektorat Pracy w Rzeszowie").contains("do weryfikacji");
    }

    @Test
    void theHelpCardIsInThePersonsLanguageWithThePartnersOfTheRegionAndNothingAboutThePerson() {
        String id = CompletedScreenings.complete(new ApiClient(http).as("officer.airport"), NewScreening.adultLabour("Оксана Тестова"),
                CompletedScreenings.STRONG_CASE,
                List.of());
        signIn("officer.airport");
        browser.get(url("/officer/cases/" + id));
        click("open-help-card");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("help-card")));
        assertThat(browser.findElement(By.id("help-card")).getAttribute("lang")).isEqualTo("uk");
        assertThat(text("help-card-title")).isEqualTo("Де ви можете отримати допомогу");
        assertThat(text("help-card")).contains("+48 22 628 01 20").contains("Цілодобово").contains("District Labour Inspectorate, Białystok")
                .doesNotContain("Rzeszów").doesNotContain("Оксана");
        assertThat(text("help-card")).as("languages named in themselves, not 'UK' that reads as a country")
                .contains("Українська").contains("Polski").doesNotContainPattern("\\bUK\\b");
        screenshot("officer-help-card-uk");

        click("help-card-in-ru");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("help-card-title"), "Где вы можете получить помощь"));
        click("help-card-in-pl");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("help-card-title"), "Gdzie możesz uzyskać pomoc"));
        assertThat(text("help-card")).contains("Okręgowy Inspektorat Pracy w Białymstoku").contains("Dane do potwierdzenia");
    }
}
