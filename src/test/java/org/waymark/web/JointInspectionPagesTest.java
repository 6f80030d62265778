package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.audit.AuditSequencer;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joint inspection route and the structured close in headless Chromium: the officer asks on the case page, the
 * inspector agrees with a date on the referral page (in Polish), and closes the referral saying what it led to, which
 * the officer then reads on the case page in both languages.
 */
@MicronautTest
class JointInspectionPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditSequencer sequencer;

    @Test
    void theOfficerAsksForAJointInspectionTheInspectorAgreesWithADateAndClosesWithWhatItLedTo() {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("joint");
        ApiClient api = officer.api();
        String screening = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        String inspectorate = api.getJsonList("/api/v1/partners").stream().filter(p -> "demo-labour-inspectorate".equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        Map<String, Object> referral = api.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", inspectorate));
        String reference = (String) referral.get("caseReference");
        String id = (String) referral.get("id");

        signIn(officer);
        browser.get(url("/officer/cases/" + screening));
        click("ask-joint-" + reference);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("joint-state-" + reference), "asked for"));
        assertThat(browser.findElements(By.id("ask-joint-" + reference))).as("asked once, no second button").isEmpty();
        click("sign-out");

        signIn("partner.inspectorate");
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        browser.get(url("/partner/referrals/" + id));
        assertThat(text("joint-inspection")).contains("Kontrola wspólna").contains("czeka na odpowiedź inspekcji");
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('joint-date').value = arguments[0]", date);
        click("joint-agree");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("joint-state"), "uzgodniona · " + date));
        screenshot("partner-joint-inspection-agreed");

        click("acknowledge");
        click("accept");
        click("result-INSPECTION_CARRIED_OUT");
        click("result-OFFENCE_REPORTED_TO_PROSECUTOR");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("wage-arrears"))).selectByValue("FROM_5000_TO_20000_PLN");
        click("close");
        wait.until(ExpectedConditions.textToBe(By.id("state"), "zamknięte"));

        assertThat(api.getJson("/api/v1/referrals/" + id)).containsEntry("jointInspection", "AGREED").containsEntry("jointInspectionDate", date)
                .containsEntry("status", "CLOSED").containsEntry("wageArrears", "FROM_5000_TO_20000_PLN");
        click("sign-out");

        int readsBefore = resultReads(id);
        signIn(officer);
        browser.get(url("/officer/cases/" + screening));
        assertThat(resultReads(id)).as("showing what the referral led to is an audited read, codes only").isEqualTo(readsBefore + 1);
        assertThat(text("results-" + reference)).as("the language chosen in this browser, Polish").contains("Partner zgłosił przy zamykaniu skierowania")
                .contains("Sposób zakończenia: zakończone powodzeniem").contains("Przeprowadzono kontrolę")
                .contains("Zawiadomiono prokuraturę o przestępstwie").contains("Odzyskane zaległe wynagrodzenie: 5000–20 000 zł");
        screenshot("officer-partner-results");
        browser.findElement(By.cssSelector("[data-lang=en]")).click();
        browser.get(url("/officer/cases/" + screening));
        assertThat(text("results-" + reference)).contains("Reported by the partner when closing the referral")
                .contains("How it ended: successful").contains("Inspection carried out").contains("Offence reported to the prosecutor")
                .contains("Wage arrears recovered: 5,000–20,000 PLN").doesNotContain("Person supported");
        assertThat(text("joint-state-" + reference)).contains("agreed · " + date);
    }

    @Test
    void theOfficerProposesDatesAndTheUnitsContactWhichTheInspectorReadsAndABadContactIsRefusedOnThePage() {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("proposes");
        ApiClient api = officer.api();
        String screening = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        Map<String, Object> referral = refer(api, screening);
        String reference = (String) referral.get("caseReference");
        String first = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        String second = LocalDate.now(ZoneOffset.UTC).plusDays(12).toString();

        signIn(officer);
        browser.get(url("/officer/cases/" + screening));
        browser.findElement(By.id("joint-contact-" + reference)).sendKeys("Оксана Тестова");
        submit("ask-joint-" + reference);
        assertThat(text("joint-errors")).contains("phone number or an e-mail address");
        assertThat(api.getJson("/api/v1/referrals/" + referral.get("id"))).as("refused, nothing asked").doesNotContainKey("jointInspection");

        setDate("joint-date-1-" + reference, second);
        setDate("joint-date-3-" + reference, first);
        browser.findElement(By.id("joint-contact-" + reference)).clear();
        browser.findElement(By.id("joint-contact-" + reference)).sendKeys("duty@sg.example.invalid");
        submit("ask-joint-" + reference);
        assertThat(text("joint-state-" + reference)).contains("asked for");
        assertThat(text("joint-request-" + reference)).contains(first + ", " + second).contains("duty@sg.example.invalid");
        click("sign-out");

        signIn("partner.inspectorate");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        assertThat(text("joint-proposed")).isEqualTo(first + ", " + second);
        assertThat(text("joint-contact")).isEqualTo("duty@sg.example.invalid");
        assertThat(text("joint-unit")).isNotBlank().isNotEqualTo("—");
        assertThat(text("joint-request")).doesNotContain("Оксана");
        screenshot("partner-joint-inspection-request");
    }

    @Test
    void anAnonymousNotificationThatLeftTheWorkplaceOutOffersNoJointInspectionAndSaysWhyInBothLanguages() {
        OwnUnit.Officer officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("withheld");
        ApiClient api = officer.api();
        String screening = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of());
        api.putJson("/api/v1/screenings/" + screening + "/workplace", Map.of("employer", Map.of("name", "Szklarnie Testowe sp. z o.o."),
                "othersAffected", 1));
        String reference = (String) refer(api, screening).get("caseReference");

        signIn(officer);
        browser.get(url("/officer/cases/" + screening));
        assertThat(browser.findElements(By.id("ask-joint-" + reference))).as("no button to ask for it").isEmpty();
        assertThat(text("joint-withheld-" + reference)).contains("left the workplace out").contains("named referral");
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "pl"));
        assertThat(text("joint-withheld-" + reference)).contains("pomija miejsce pracy").contains("skierowanie imienne");
        screenshot("officer-joint-inspection-workplace-withheld-polish");
    }

    private Map<String, Object> refer(ApiClient api, String screening) {
        String inspectorate = api.getJsonList("/api/v1/partners").stream().filter(p -> "demo-labour-inspectorate".equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        return api.postJson("/api/v1/screenings/" + screening + "/referrals", Map.of("id", UUID.randomUUID().toString(), "partnerId", inspectorate));
    }

    private void setDate(String id, String date) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date);
    }

    /** Reads of the partner's results in the chain, once every entry written so far has been chained. */
    private int resultReads(String referralId) {
        sequencer.drain();
        try (java.sql.Connection db = rawConnection(); java.sql.ResultSet rs = db.createStatement().executeQuery(
                "select count(*) from audit_entry where record_type = 'referral' and action = 'READ' and purpose = 'partner results'"
                        + " and record_id = '" + UUID.fromString(referralId) + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
