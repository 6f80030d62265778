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
import org.waymark.testing.ScreeningFixture;

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
        ApiClient api = new ApiClient(http).as("officer.airport");
        String completed = CompletedScreenings.complete(api, Map.of("training", true), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        Map<String, Object> start = ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Trening Testowy");
        start.put("training", true);
        String inProgress = (String) api.postJson("/api/v1/screenings", start).get("id");
        signIn("officer.airport");

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

        Map<String, Object> refusal = api.problem(HttpRequest.POST("/api/v1/screenings/" + completed + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId(api, "demo-labour-inspectorate"))), 422);
        assertThat(refusal.get("type")).isEqualTo("urn:waymark:problem:referral.training-screening");
        assertThat(api.getJsonList("/api/v1/screenings/" + completed + "/referrals")).isEmpty();
    }

    @Test
    void consentRecordedBesideTheNgoRouteAfterCompletionLetsTheReferralThroughInThePagesLanguage() {
        ApiClient api = new ApiClient(http).as("officer.airport");
        String id = CompletedScreenings.complete(api, Map.of(), CompletedScreenings.STRONG_CASE, List.of());
        signIn("officer.airport");
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
        Map<String, Object> screening = api.getJson("/api/v1/screenings/" + id);
        assertThat(screening).containsEntry("status", "COMPLETED").doesNotContainKey("reopenReason");
        assertThat(api.getJsonList("/api/v1/screenings/" + id + "/referrals")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("named", true).containsEntry("partnerType", "VICTIM_SUPPORT_NGO"));
    }

    @Test
    void aDoubleSubmittedReferralAndASubmitAgainAfterReloadMakeOneReferral() {
        ApiClient api = new ApiClient(http).as("officer.airport");
        String id = CompletedScreenings.complete(api, Map.of(), CompletedScreenings.STRONG_CASE, List.of("LABOUR_INSPECTORATE"));
        signIn("officer.airport");
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
        ApiClient api = new ApiClient(http).as("officer.airport");
        Map<String, Object> start = ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Olena Testowa");
        String id = (String) api.postJson("/api/v1/screenings", start).get("id");
        signIn("officer.airport");
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

    private static String partnerId(ApiClient api, String code) {
        return api.getJsonList("/api/v1/partners").stream().filter(p -> code.equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }
}
