package org.waymark.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ScreeningBody;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's journey without traps, in headless Chromium: the result in plain words with the rules behind an
 * expert toggle, a start form that chooses nothing for the officer and explains its errors in the page's language,
 * check-your-answers before completing with a confirmation that gives the reference, and discarding a screening opened
 * by mistake.
 */
@MicronautTest
class OfficerFormsTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theResultSaysInPlainWordsWhatItMeansAndWhatToDoWithTheRulesBehindAnExpertToggle() {
        OwnUnit.Officer officer = officer("result");
        ApiClient api = officer.api();
        String id = api.start(NewScreening.adultLabour("A.").checklist("full-interview")).id();
        long version = 0;
        for (String question : List.of("ctx.works-or-travels-to-work", "d4.low-or-no-salary", "d5.withholding-of-wages")) {
            version = api.answer(id, question, "YES", version).version();
        }
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));

        String plain = text("result-meaning") + "\n" + text("result-actions");
        assertThat(text("result-meaning")).contains("forced labour").contains("possible victim");
        assertThat(text("result-actions")).contains("Labour inspectorate").contains("Victim support").contains("Ask the questions still open");
        assertThat(plain).as("no formulas, codes or standards in the plain words")
                .doesNotContain("ICLS").doesNotContain("(S)").doesNotContain("(M)").doesNotContain("(D").doesNotContain("D4");
        assertThat(browser.findElements(By.cssSelector("#result-reasons li"))).as("the two answers that count as signs").hasSize(2);
        assertThat(browser.findElement(By.id("expert")).getAttribute("open")).as("the rules start folded away").isNull();
        assertThat(browser.findElement(By.id("explanation")).isDisplayed()).isFalse();
        screenshot("officer-result-plain-words");

        browser.findElement(By.cssSelector("#expert summary")).click();
        assertThat(text("explanation")).contains("ICLS");
        assertThat(text("forced-labour")).startsWith("found");
        assertThat(text("dimensions")).as("'none met' beside forced labour found reads coherently")
                .contains("None of the elements of trafficking is complete yet").contains("it was found");
        screenshot("officer-result-expert-view");
    }

    @Test
    void theStartFormChoosesNothingAndExplainsItsErrorsInPolishKeepingWhatWasTyped() {
        OwnUnit.Officer officer = officer("start");
        ApiClient api = officer.api();
        int before = api.screenings().size();
        signIn(officer);
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "pl"));
        browser.get(url("/officer/screenings/new"));
        for (String field : List.of("checklist", "intervieweeLanguage", "placeType", "exploitation", "ageBand", "sex")) {
            assertThat(new Select(browser.findElement(By.id(field))).getFirstSelectedOption().getAttribute("value")).as(field).isEmpty();
        }

        submit("start-screening");
        assertThat(text("error-summary")).contains("Wystąpił problem").contains("Wybierz wiek osoby");
        assertThat(api.screenings()).as("an untouched form starts nothing").hasSize(before);

        new Select(browser.findElement(By.id("checklist"))).selectByValue("triage");
        new Select(browser.findElement(By.id("ageBand"))).selectByValue("AGE_25_34");
        browser.findElement(By.id("nameOrAlias")).sendKeys("Olena Testowa");
        browser.findElement(By.id("nationality")).sendKeys("UKR");
        setDate("dateOfBirth", "2031-05-01");
        submit("start-screening");

        String summary = text("error-summary");
        assertThat(summary).contains("Wybierz język, którym mówi osoba").contains("Wybierz płeć osoby")
                .contains("Nie można użyć kodu trzyliterowego").contains("Data urodzenia nie może być z przyszłości")
                .doesNotContain("nationality").doesNotContain("[A-Z]").doesNotContain("must");
        assertThat(text("dateOfBirth-error")).isEqualTo("Data urodzenia nie może być z przyszłości.");
        assertThat(browser.findElement(By.id("summary-dateOfBirth")).getAttribute("href")).endsWith("#dateOfBirth");
        assertThat(browser.findElement(By.id("nameOrAlias")).getAttribute("value")).isEqualTo("Olena Testowa");
        assertThat(browser.findElement(By.id("nationality")).getAttribute("value")).as("never cut to UK").isEqualTo("UKR");
        assertThat(browser.findElement(By.id("dateOfBirth")).getAttribute("value")).isEqualTo("2031-05-01");
        assertThat(new Select(browser.findElement(By.id("ageBand"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("AGE_25_34");
        screenshot("officer-start-errors-polish");

        new Select(browser.findElement(By.id("intervieweeLanguage"))).selectByValue("uk");
        new Select(browser.findElement(By.id("placeType"))).selectByValue("AIRPORT");
        new Select(browser.findElement(By.id("exploitation"))).selectByValue("LABOUR");
        new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
        browser.findElement(By.id("nationality")).clear();
        browser.findElement(By.id("nationality")).sendKeys("Ukraina");
        setDate("dateOfBirth", LocalDate.now().minusYears(15).minusDays(3).toString());
        submit("start-screening");

        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(1);
        assertThat(text("dateOfBirth-error")).contains("15 lat").contains("nie zgadza się z wybranym wiekiem");
        assertThat(api.screenings()).hasSize(before);

        new Select(browser.findElement(By.id("ageBand"))).selectByValue("UNDER_18");
        click("start-screening");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
        String id = browser.getCurrentUrl().replaceAll(".*/officer/screenings/([0-9a-f-]{36}).*", "$1");
        assertThat(api.screening(id)).extracting(ScreeningBody::nationality, ScreeningBody::profile).containsExactly("UA", "child-labour");
    }

    @Test
    void theOfficerChecksEveryAnswerBeforeCompletingAndGetsAConfirmationWithTheReference() {
        OwnUnit.Officer officer = officer("check");
        String id = officer.api().start(NewScreening.adultLabour("A.")).id();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        String first = text("q-heading");
        answer("answer-NO");
        String second = text("q-heading");
        answer("answer-NO");
        browser.navigate().back();
        wait.until(ExpectedConditions.textToBe(By.id("q-heading"), second));
        assertThat(browser.getCurrentUrl()).as("Back goes to the question before, not to the start form").contains(id);
        browser.get(url("/officer/screenings/" + id));
        while (browser.findElements(By.id("to-check")).isEmpty()) {
            answer("answer-NO");
        }

        click("to-check");
        assertThat(text("check-answers")).contains(first).contains(second).contains("No");
        screenshot("officer-check-answers");
        WebElement change = browser.findElement(By.cssSelector("#check-answers a"));
        String question = change.getAttribute("id").substring("change-".length());
        change.click();
        assertThat(text("q-heading")).isEqualTo(first);
        answer("answer-YES");
        browser.get(url("/officer/screenings/" + id + "/check"));
        assertThat(text("check-" + question)).contains(first).contains("Yes");

        click("complete");
        wait.until(ExpectedConditions.urlContains("/completed"));
        String reference = text("screening-reference");
        assertThat(reference).matches("WS-\\d{4}-[0-9A-F]{8}").endsWith(id.substring(0, 8).toUpperCase());
        screenshot("officer-confirmation");
        browser.navigate().refresh();
        assertThat(text("screening-reference")).isEqualTo(reference);
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("/completed"));
        assertThat(browser.findElements(By.id("complete"))).as("Back never offers to complete again").isEmpty();
        click("to-case");
        wait.until(ExpectedConditions.urlContains("/officer/cases/" + id));
    }

    @Test
    void aScreeningOpenedByMistakeIsDiscardedWithAReasonOnlyBeforeItsFirstAnswer() {
        OwnUnit.Officer officer = officer("discard");
        ApiClient api = officer.api();
        String id = api.start(NewScreening.adultLabour("A.")).id();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));

        browser.findElement(By.cssSelector("#discard summary")).click();
        click("discard-button");
        assertThat(text("discard-reason-error")).contains("Choose why");
        click("discard-OPENED_BY_MISTAKE");
        screenshot("officer-discard");
        click("discard-button");

        assertThat(text("discarded")).contains("discarded");
        api.refusal(HttpRequest.GET("/api/v1/screenings/" + id), 404);

        String answered = api.start(NewScreening.adultLabour("A.")).id();
        api.answer(answered, "ctx.works-or-travels-to-work", "NO", 0);
        browser.get(url("/officer/screenings/" + answered));
        assertThat(browser.findElements(By.id("discard"))).as("no discarding after the first answer").isEmpty();
    }

    @Test
    void aRefusedConsentKeepsWhatWasTickedAndSaysWhatIsMissingInWords() {
        OwnUnit.Officer officer = officer("consent");
        String id = officer.api().start(NewScreening.adultLabour("A.")).id();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id + "/consent"));
        click("open-NGO_SUPPORT");
        click("told-NGO_SUPPORT-PURPOSE");
        click("told-NGO_SUPPORT-DATA_USE");
        click("status-NGO_SUPPORT-GIVEN");
        click("record-NGO_SUPPORT");

        assertThat(text("errors-NGO_SUPPORT")).contains("tick each item").doesNotContain("told:");
        assertThat(browser.findElement(By.id("told-NGO_SUPPORT-PURPOSE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("told-NGO_SUPPORT-DATA_USE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("told-NGO_SUPPORT-RETENTION")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("status-NGO_SUPPORT-GIVEN")).isSelected()).isTrue();
    }

    /** An officer of a new unit of the test's own. */
    private OwnUnit.Officer officer(String name) {
        return OwnUnit.create(http).officerAccount(name);
    }

    private void answer(String button) {
        String question = text("q-heading");
        click(button);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("q-heading"), question)));
    }

    private void setDate(String id, String isoDate) {
        WebElement input = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, isoDate);
    }
}
