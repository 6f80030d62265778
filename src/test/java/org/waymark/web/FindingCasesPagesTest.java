package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ScreeningSummary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding and following cases in headless Chromium: the unit's list by reference, risk, state and referral state
 * (never a name), the skip link and the answers two Tab presses from the top, and partners named by organisation.
 */
@MicronautTest
class FindingCasesPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theUnitsListShowsReferenceRiskAndStateAndFiltersAndSearchesWithoutAName() {
        OwnUnit.Officer officer = officer("list");
        ApiClient api = officer.api();
        String referred = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        String caseReference = (String) api.postJson("/api/v1/screenings/" + referred + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId(api, "demo-labour-inspectorate"))).get("caseReference");
        String open = api.start(NewScreening.adultLabour("Mariia Ukryta")).id();
        String referredRef = reference(api, referred);
        String openRef = reference(api, open);
        assertThat(referredRef).matches("WS-\\d{4}-[0-9A-F]{8}").isNotEqualTo(openRef);

        signIn(officer);
        browser.get(url("/officer"));
        String referredRow = text("row-" + referredRef);
        assertThat(referredRow).contains(referredRef).contains("Checkpoint triage (first line")
                .contains("High").contains("completed").contains(caseReference).contains("Demo State Labour Inspectorate");
        assertThat(text("row-" + openRef)).contains("None").contains("in progress").contains("not referred");
        assertThat(text("screenings")).doesNotContain("Оксана").doesNotContain("Mariia");
        screenshot("list-all");

        new Select(browser.findElement(By.id("risk"))).selectByValue("HIGH");
        click("apply-filters");
        wait.until(ExpectedConditions.urlContains("risk=HIGH"));
        assertThat(browser.findElements(By.id("row-" + referredRef))).hasSize(1);
        assertThat(browser.findElements(By.id("row-" + openRef))).isEmpty();
        assertThat(text("shown")).contains("of");
        screenshot("list-filtered-high-risk");

        browser.get(url("/officer?referral=NONE&state=IN_PROGRESS"));
        assertThat(browser.findElements(By.id("row-" + openRef))).hasSize(1);
        assertThat(browser.findElements(By.id("row-" + referredRef))).isEmpty();
        browser.get(url("/officer?referral=SENT&from=2000-01-01"));
        assertThat(browser.findElements(By.id("row-" + referredRef))).hasSize(1);
        assertThat(browser.findElements(By.id("row-" + openRef))).isEmpty();
        browser.get(url("/officer?to=2000-01-01"));
        assertThat(text("empty")).contains("No screening matches");

        browser.get(url("/officer"));
        browser.findElement(By.id("q")).sendKeys(openRef.substring(8).toLowerCase());
        click("apply-filters");
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(browser.findElements(By.id("row-" + openRef))).hasSize(1);
        assertThat(browser.findElements(By.id("row-" + referredRef))).isEmpty();
        browser.get(url("/officer?q=" + caseReference));
        assertThat(browser.findElements(By.id("row-" + referredRef))).hasSize(1);
        assertThat(browser.findElements(By.id("row-" + openRef))).isEmpty();
        screenshot("list-searched-by-case-reference");
    }

    @Test
    void aBadFilterIsNamedWithItsFieldAndTheListStillShows() {
        signIn("officer.airport");
        browser.get(url("/officer?risk=EXTREME&from=yesterday"));

        assertThat(text("error-summary")).contains("Choose a risk level from the list.").contains("Enter the first day as a date")
                .doesNotContain("EXTREME").doesNotContain("yesterday");
        assertThat(text("risk-error")).isEqualTo("Choose a risk level from the list.");
        assertThat(browser.findElements(By.id("list-filters"))).hasSize(1);
        screenshot("list-bad-filter");
    }

    @Test
    void theListIsInPolishWhenTheOfficerChoosesPolish() {
        OwnUnit.Officer officer = officer("polish");
        ApiClient api = officer.api();
        String id = api.start(NewScreening.adultLabour("Anna")).id();
        signIn(officer);
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Rozmowy przesiewowe Twojej jednostki"));

        assertThat(text("screenings")).contains("Sygnatura").contains("Poziom ryzyka").contains("Wstępna ocena na przejściu")
                .contains("bez skierowania").contains("w toku");
        assertThat(text("list-filters")).contains("Szukaj po sygnaturze").contains("Stan skierowania").contains("Pokaż");
        assertThat(text("row-" + reference(api, id))).contains("Brak");
        screenshot("list-polish");
    }

    @Test
    void everyPageStartsWithASkipLinkAndTheAnswersAreTwoTabsFromTheTop() {
        OwnUnit.Officer officer = officer("keyboard");
        String id = officer.api().start(NewScreening.adultLabour("Anna")).id();
        signIn(officer);
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Rozmowy przesiewowe Twojej jednostki"));

        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("skip");
        assertThat(focused().getText()).isEqualTo("Przejdź do treści");
        assertThat(focused().isDisplayed()).as("the skip link shows when focused").isTrue();
        screenshot("skip-link-focused");
        focused().sendKeys(Keys.ENTER);
        tab();
        assertThat(focused().getAttribute("id")).as("after skipping, the first control of the content").isEqualTo("new-screening");

        browser.get(url("/officer/screenings/" + id));
        String progress = text("progress");
        tab();
        assertThat(focused().getText()).isEqualTo("Przejdź do odpowiedzi");
        focused().sendKeys(Keys.ENTER);
        tab();
        assertThat(focused().getAttribute("id")).as("two Tab presses reach the first answer").isEqualTo("answer-YES");
        assertThat(focused().getText()).isEqualTo("Tak");
        screenshot("answer-focused-after-two-tabs");
        focused().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("progress"), progress)));

        tab();
        focused().sendKeys(Keys.ENTER);
        tab();
        assertThat(focused().getAttribute("id")).as("and so on the next question").isEqualTo("answer-YES");
    }

    @Test
    void partnersAreNamedByTheirOrganisationWithTheKeyAsSecondaryDetail() {
        OwnUnit.Officer officer = officer("partners");
        ApiClient api = officer.api();
        String id = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("NGO_SUPPORT"));
        Map<String, Object> ngo = api.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code"))).findFirst()
                .orElseThrow();
        Map<String, Object> referral = api.postJson("/api/v1/screenings/" + id + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", ngo.get("id")));
        String name = (String) ngo.get("name");
        String reference = (String) referral.get("caseReference");

        signIn(officer);
        browser.get(url("/officer/cases/" + id));
        assertThat(text("partner-name-" + reference)).isEqualTo(name);
        WebElement cell = browser.findElement(By.id("partner-name-" + reference)).findElement(By.xpath(".."));
        assertThat(cell.getText()).startsWith(name);
        assertThat(cell.findElement(By.className("secondary-detail")).getText()).contains((String) referral.get("keyFingerprint"));
        screenshot("case-partner-named");

        browser.manage().deleteAllCookies();
        signIn("partner.ngo");
        assertThat(text("organisation")).contains(name);
        browser.get(url("/partner/referrals/" + referral.get("id")));
        assertThat(text("encrypted-to")).isEqualTo(name);
        assertThat(text("key-fingerprint")).isEqualTo(referral.get("keyFingerprint"));
        screenshot("partner-referral-named");
    }

    private void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private static String partnerId(ApiClient api, String code) {
        return api.getJsonList("/api/v1/partners").stream().filter(p -> code.equals(p.get("code"))).map(p -> (String) p.get("id"))
                .findFirst().orElseThrow();
    }

    private static String reference(ApiClient api, String id) {
        return api.screenings().stream().filter(s -> id.equals(s.id())).map(ScreeningSummary::reference).findFirst().orElseThrow();
    }

    /** An officer of a new unit of the test's own. */
    private OwnUnit.Officer officer(String name) {
        return OwnUnit.create(http).officerAccount(name);
    }
}
