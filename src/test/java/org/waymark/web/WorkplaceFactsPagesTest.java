package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's workplace-facts page, in headless Chromium: facts recorded in Polish, the warning for a workplace where
 * the person has a single co-worker on the page and beside the labour inspectorate's refer button, the anonymous
 * referral made, and the inspectorate's packet (opened in its browser with its key) carrying the facts an inspector can
 * act on but not the ones left out; in English a refused form keeps what was typed and says why at each field.
 */
@MicronautTest
class WorkplaceFactsPagesTest extends BrowserTest {

    private static final Path DEMO_KEYS = Path.of("target/test-data/demo-partners").toAbsolutePath();

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anOfficerRecordsFactsInPolishIsWarnedAndTheAnonymousPacketLeavesOutWhatWouldPointToThePerson() throws Exception {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("facts");
        ApiClient api = officer.api();
        String screening = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE, List.of());
        signIn(officer);
        browser.get(url("/language?lang=pl&back=/officer/screenings/" + screening + "/completed"));
        click("to-workplace");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "pl"));

        type("employer-name", "Szklarnie Testowe sp. z o.o.");
        type("employer-address", "ul. Ogrodowa 12, Grójec");
        type("workplaces", "Szklarnia nr 3, Kępa Testowa");
        type("agency-name", "Agencja Testowa Praca");
        type("agency-country", "PL");
        type("agency-registry", "KRAZ 4711");
        type("others-affected", "1");
        click("immediate-danger-NO");
        click("wish-UNPAID_WAGES");
        click("wish-OTHER");
        type("other-wish", "chce odzyskać paszport od brygadzisty");
        click("save-workplace");

        assertThat(text("saved")).contains("zapisane");
        assertThat(text("warning-FEW_OTHERS")).contains("najwyżej jedna inna osoba").contains("pracodawcy, miejsca pracy i pośrednika");
        assertThat(text("warning-FREE_TEXT_LEFT_OUT")).contains("własnymi słowami");
        assertThat(browser.findElement(By.id("employer-name")).getAttribute("value")).as("the facts shown back").isEqualTo("Szklarnie Testowe sp. z o.o.");
        screenshot("workplace-facts-saved-polish");

        click("to-case");
        assertThat(text("route-LABOUR_INSPECTORATE")).as("the warning beside the refer button")
                .contains("anonimowe zawiadomienie").contains("najwyżej jedna inna osoba");
        screenshot("workplace-warning-beside-refer-polish");
        click("create-referral-LABOUR_INSPECTORATE");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-table")));
        Map<String, Object> referral = api.getJsonList("/api/v1/screenings/" + screening + "/referrals").get(0);
        assertThat(text("referral-table")).contains("anonimowe");

        browser.manage().deleteAllCookies();
        signIn("partner.inspectorate");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-here")));
        browser.findElement(By.id("key-file")).sendKeys(DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem").toString());
        click("open-here-button");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "signed by the Waymark service key"));
        screenshot("workplace-packet-opened-by-inspectorate");
        String packet = savedJson();

        assertThat(packet).contains("KRAZ 4711").contains("Agencja Testowa Praca").contains("UNPAID_WAGES").contains("FEW_OTHERS");
        assertThat(packet).doesNotContain("Szklarnie Testowe").doesNotContain("Ogrodowa").doesNotContain("Kępa Testowa")
                .doesNotContain("paszport");
    }

    @Test
    void aRefusedFormInEnglishKeepsWhatWasTypedAndSaysWhyAtEachFieldWithoutSavingIt() {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("refused");
        ApiClient api = officer.api();
        String screening = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE, List.of());
        signIn(officer);
        browser.get(url("/officer/cases/" + screening));
        click("workplace-facts");

        type("employer-name", "Hothouse Testing Ltd");
        click("unknown-EMPLOYER");
        type("agency-country", "P1");
        type("others-affected", "ten");
        click("save-workplace");

        assertThat(text("error-summary")).contains("There is a problem").contains("Either give the employer or tick")
                .contains("two-letter code").contains("whole number");
        assertThat(browser.findElement(By.id("summary-agency-country")).getAttribute("href")).endsWith("#agency-country");
        assertThat(text("others-affected-error")).contains("whole number");
        assertThat(browser.findElement(By.id("employer-name")).getAttribute("value")).isEqualTo("Hothouse Testing Ltd");
        assertThat(browser.findElement(By.id("others-affected")).getAttribute("value")).isEqualTo("ten");
        assertThat(browser.findElement(By.id("unknown-EMPLOYER")).isSelected()).isTrue();
        screenshot("workplace-facts-refused-english");
        assertThat(api.getJson("/api/v1/screenings/" + screening + "/workplace")).containsEntry("recorded", false);

        browser.findElement(By.id("others-affected")).clear();
        type("others-affected", "12");
        browser.findElement(By.id("agency-country")).clear();
        type("agency-country", "UA");
        click("unknown-EMPLOYER");
        click("save-workplace");

        assertThat(text("saved")).contains("saved");
        assertThat(text("anonymous-warnings")).as("twelve others: nothing of the workplace to leave out, only who the person is")
                .contains("sex, age band and citizenship").doesNotContain("employer").doesNotContain("intermediary");
        assertThat(api.getJson("/api/v1/screenings/" + screening + "/workplace").toString()).contains("othersAffected=12");
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).sendKeys(value);
    }

    private String savedJson() throws Exception {
        Files.createDirectories(downloads);
        Path file = downloads.resolve("referral.json");
        Files.deleteIfExists(file);
        click("save-json");
        new FluentWait<>(file).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .until(p -> Files.exists(p) && !Files.exists(Path.of(p + ".crdownload")));
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
