package org.waymark.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;
import org.waymark.testing.ScreeningBody;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's way from the result to a referral without traps, in headless Chromium: a training screening is marked
 * and never referred, consent is recorded beside the route after completion, a double submit makes one referral, and
 * the consent script stays short on a phone.
 */
@MicronautTest
class ReferralSafetyPagesTest extends BrowserTest {

    private static final String CYRILLIC = ".*[\\u0400-\\u04FF].*";

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aTrainingScreeningIsMarkedOnEveryOfficerPageAndCannotBeReferred() {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("training");
        ApiClient api = officer.api();
        String completed = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова").training(true),
                CompletedScreenings.STRONG_CASE, List.of("LABOUR_INSPECTORATE"));
        String inProgress = api.start(NewScreening.adultLabour("Trening Testowy").training(true)).id();
        signIn(officer);

        browser.get(url("/officer/cases/" + completed));
        assertThat(text("training-mark")).contains("Training screening");
        assertThat(text("training-no-referral")).contains("cannot be referred to a real partner");
        assertThat(browser.findElements(By.cssSelector("form.refer"))).as("no refer button on a training screening").isEmpty();
        assertThat(browser.findElements(By.id("create-referral-LABOUR_INSPECTORATE"))).isEmpty();
        screenshot("training-case-without-referral");
        browser.get(url("/officer"));
        assertThat(text("training-" + completed)).isEqualTo("training");
        assertThat(text("training-" + inProgress)).isEqualTo("training");
        browser.get(url("/officer/screenings/" + inProgress));
        assertThat(text("training-mark")).contains("Training screening");
        browser.get(url("/officer/screenings/" + inProgress + "/consent"));
        assertThat(text("training-mark")).contains("Training screening");

        Problem refusal = api.refusal(HttpRequest.POST("/api/v1/screenings/" + completed + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId(api, "demo-labour-inspectorate"))), 422);
        assertThat(refusal.type()).isEqualTo("urn:waymark:problem:referral.training-screening");
        assertThat(api.getJsonList("/api/v1/screenings/" + completed + "/referrals")).isEmpty();
    }

    @Test
    void consentRecordedBesideTheNgoRouteAfterCompletionLetsTheReferralThroughInThePagesLanguage() {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-ngo").officerAccount("consent");
        ApiClient api = officer.api();
        String id = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE, List.of());
        signIn(officer);
        browser.get(url("/language?lang=pl&back=/officer/cases/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-VICTIM_SUPPORT_NGO")));

        click("create-referral-VICTIM_SUPPORT_NGO");
        assertThat(text("error-summary")).contains("Wystąpił problem").contains("wymaga zgody osoby").doesNotContain("must be recorded");
        assertThat(browser.findElement(By.id("summary-route-VICTIM_SUPPORT_NGO")).getAttribute("href")).endsWith("#route-VICTIM_SUPPORT_NGO");
        assertThat(text("route-VICTIM_SUPPORT_NGO-error")).as("the words stand at the route too").contains("wymaga zgody osoby");
        assertThat(text("consent-state-NGO_SUPPORT")).contains("niezapisana");
        click("show-script-NGO_SUPPORT");
        assertThat(text("officer-words-NGO_SUPPORT-PURPOSE")).as("the officer's language").contains("Zbieramy te informacje");
        assertThat(text("person-words-NGO_SUPPORT-PURPOSE")).as("the person's language").matches(CYRILLIC);
        assertThat(text("person-question-NGO_SUPPORT")).matches(CYRILLIC);
        screenshot("case-consent-beside-ngo-route");
        for (String told : CompletedScreenings.TOLD_ALL) {
            click("told-NGO_SUPPORT-" + told);
        }
        click("status-NGO_SUPPORT-GIVEN");
        click("record-NGO_SUPPORT");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consent-state-NGO_SUPPORT"), "zgoda udzielona"));

        click("create-referral-VICTIM_SUPPORT_NGO");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-table")));
        assertThat(text("referral-table")).contains("WM-").contains("Demo");
        screenshot("case-referred-to-ngo-after-consent");
        ScreeningBody screening = api.screening(id);
        assertThat(screening.status()).isEqualTo("COMPLETED");
        assertThat(screening.reopenReason()).isNull();
        assertThat(api.getJsonList("/api/v1/screenings/" + id + "/referrals")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("named", true).containsEntry("partnerType", "VICTIM_SUPPORT_NGO"));
    }

    @Test
    void aDoubleSubmittedReferralAndASubmitAgainAfterReloadMakeOneReferral() {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("twice");
        ApiClient api = officer.api();
        String id = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        signIn(officer);
        browser.get(url("/officer/cases/" + id));

        ((JavascriptExecutor) browser).executeScript("const form = document.getElementById('refer-LABOUR_INSPECTORATE');"
                + " form.requestSubmit(); form.requestSubmit();");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-table")));
        browser.get(url("/officer/cases/" + id));
        click("create-referral-LABOUR_INSPECTORATE");

        assertThat(text("error-summary")).contains("already has a referral to this partner");
        assertThat(browser.findElements(By.cssSelector("#referral-table tbody tr"))).hasSize(1);
        screenshot("case-second-referral-refused");
        assertThat(api.getJsonList("/api/v1/screenings/" + id + "/referrals")).hasSize(1);
    }

    @Test
    void theConsentScriptFitsAPhoneFoldedAndShowsBothLanguagesWhenOpened() {
        OwnUnit.Officer officer = officer("phone");
        String id = officer.api().start(NewScreening.adultLabour("Olena Testowa")).id();
        signIn(officer);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/officer/screenings/" + id + "/consent"));

        JavascriptExecutor js = (JavascriptExecutor) browser;
        double screens = ((Number) js.executeScript("return document.documentElement.scrollHeight / window.innerHeight;")).doubleValue();
        assertThat(screens).as("phone screens of the consent page").isLessThan(2.0);
        click("open-NGO_SUPPORT");
        click("show-script-NGO_SUPPORT");
        assertThat(text("officer-words-NGO_SUPPORT-RETENTION")).isEqualTo("It is kept only as long as needed and then deleted.");
        assertThat(text("person-words-NGO_SUPPORT-RETENTION")).matches(CYRILLIC);
        screenshot("consent-script-on-a-phone");
    }

    /** An officer of a new unit of the test's own. */
    private OwnUnit.Officer officer(String name) {
        return OwnUnit.create(http).officerAccount(name);
    }

    private static String partnerId(ApiClient api, String code) {
        return api.getJsonList("/api/v1/partners").stream().filter(p -> code.equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }
}
