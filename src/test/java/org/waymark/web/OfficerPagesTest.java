package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ScreeningBody;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's pages in headless Chromium: a whole first-line screening, the interviewee view, scope, phone width. */
@MicronautTest
class OfficerPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anOfficerCompletesAFirstLineScreeningAndCreatesAReferral() {
        signIn(OwnUnit.create(http).servedBy("demo-labour-inspectorate").servedBy("demo-ngo").officerAccount("journey"));
        click("new-screening");
        new Select(browser.findElement(By.id("checklist"))).selectByValue("triage");
        new Select(browser.findElement(By.id("intervieweeLanguage"))).selectByValue("uk");
        new Select(browser.findElement(By.id("placeType"))).selectByValue("AIRPORT");
        new Select(browser.findElement(By.id("exploitation"))).selectByValue("LABOUR");
        new Select(browser.findElement(By.id("ageBand"))).selectByValue("AGE_25_34");
        new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
        browser.findElement(By.id("nameOrAlias")).sendKeys("Olena Testowa");
        click("start-screening");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("asked")));
        screenshot("officer-walkthrough-first-question");
        assertThat(text("asked")).as("the question in the person's language").matches(".*[\\u0400-\\u04FF].*");
        int answered = 0;
        while (browser.findElements(By.id("to-consent")).isEmpty()) {
            String progress = text("progress");
            click("answer-YES");
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("progress"), progress)));
            answered++;
            assertThat(answered).as("the checklist ends").isLessThan(40);
        }
        assertThat(text("result-actions")).contains("Labour inspectorate");
        assertThat(text("risk")).isNotEqualTo("None");
        browser.findElement(By.cssSelector("#expert summary")).click();
        assertThat(text("explanation")).contains("Reading");
        screenshot("officer-walkthrough-assessment");

        click("to-consent");
        for (String purpose : List.of("LABOUR_INSPECTORATE", "NGO_SUPPORT")) {
            click("open-" + purpose);
            for (String told : List.of("PURPOSE", "DATA_USE", "RETENTION", "RIGHT_OF_ACCESS", "WITHDRAWAL")) {
                click("told-" + purpose + "-" + told);
            }
            click("status-" + purpose + "-GIVEN");
            click("record-" + purpose);
            assertThat(text("recorded-" + purpose)).contains("consent given");
        }
        screenshot("officer-consent");
        click("to-check");
        click("complete");
        wait.until(ExpectedConditions.urlContains("/completed"));
        click("to-case");

        wait.until(ExpectedConditions.urlContains("/officer/cases/"));
        assertThat(text("case-status")).startsWith("completed");
        WebElement inspectorate = wait.until(ExpectedConditions.elementToBeClickable(By.id("partner-demo-labour-inspectorate")));
        inspectorate.click();
        click("create-referral-LABOUR_INSPECTORATE");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-table")));
        assertThat(text("referral-table")).contains("WM-").contains("Demo State Labour Inspectorate").contains("sent");
        screenshot("officer-case-referred");
        browser.get(url("/officer"));
        assertThat(text("screenings")).contains("completed").contains("Demo State Labour Inspectorate");
    }

    @Test
    void anOfficerRevokesAReferralAndReopensTheScreeningWithAReason() {
        OwnUnit.Officer officer = officer("revoke");
        ApiClient api = officer.api();
        String id = CompletedScreenings.complete(api, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        String inspectorate = api.getJsonList("/api/v1/partners").stream().filter(p -> "demo-labour-inspectorate".equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        String reference = (String) api.postJson("/api/v1/screenings/" + id + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", inspectorate)).get("caseReference");
        signIn(officer);
        browser.get(url("/officer/cases/" + id));

        browser.findElement(By.id("revoke-reason-" + reference)).sendKeys("Sent to the wrong inspectorate office");
        click("revoke-" + reference);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-table"), "revoked"));
        assertThat(browser.findElements(By.id("revoke-" + reference))).as("a revoked referral cannot be revoked again").isEmpty();

        browser.findElement(By.id("reopen-reason")).sendKeys("The person corrected an answer");
        click("reopen-button");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
        assertThat(api.screening(id)).extracting(ScreeningBody::status, ScreeningBody::reopenReason)
                .containsExactly("IN_PROGRESS", "The person corrected an answer");
    }

    @Test
    void theIntervieweeViewShowsOnlyTheQuestionInThePersonsLanguage() {
        OwnUnit.Officer officer = officer("person");
        String id = startScreening(officer, "ru");
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        String officerPrompt = text("q-heading");
        click("show-person");

        String shown = browser.findElement(By.tagName("body")).getText();
        assertThat(text("person-question")).matches("[\\u0400-\\u04FF\\s,.?!«»()-]+");
        assertThat(shown).doesNotContain(officerPrompt).doesNotContain("Mariia").doesNotContain(officer.username())
                .doesNotContain("Risk").doesNotContain("Assessment");
        assertThat(text("answer-YES")).isEqualTo("Да");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        screenshot("interviewee-view");

        String first = text("person-question");
        click("answer-NO");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("person-question"), first)));
        assertThat(browser.getCurrentUrl()).endsWith("/person");
        assertThat(officer.api().screening(id).answers()).extracting(ScreeningBody.Answer::answer).contains("NO");
    }

    @Test
    void theListenButtonReadsTheQuestionAloudInThePersonsLanguageWhereTheDeviceHasAVoice() {
        // the browser's speech synthesis replaced by a recorder with one Russian voice: the page's own script runs as is
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.spoken = []; const voices = window.voiceLanguages || ['ru-RU'];"
                        + "Object.defineProperty(window, 'speechSynthesis', {value: {getVoices: () => voices.map(l => ({lang: l})),"
                        + " addEventListener: () => {}, cancel: () => {}, speak: u => window.spoken.push({text: u.text, lang: u.lang})}});"));
        OwnUnit.Officer officer = officer("listen");
        String id = startScreening(officer, "ru");
        signIn(officer);
        browser.get(url("/officer/screenings/" + id + "/person"));

        WebElement listen = browser.findElement(By.id("listen"));
        assertThat(listen.isDisplayed()).isTrue();
        assertThat(listen.getText()).isEqualTo("Прослушать");
        listen.click();

        List<?> spoken = (List<?>) ((JavascriptExecutor) browser).executeScript("return window.spoken");
        assertThat(spoken).hasSize(1);
        assertThat(spoken.get(0).toString()).contains(text("person-question")).contains("lang=ru");

        String other = startScreening(officer, "uk");
        browser.get(url("/officer/screenings/" + other + "/person"));
        assertThat(browser.findElement(By.id("listen")).isDisplayed()).as("no Ukrainian voice on this device").isFalse();
    }

    @Test
    void textAndAnswerButtonsHaveSufficientContrast() {
        OwnUnit.Officer officer = officer("contrast");
        String id = startScreening(officer, "uk");
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        String script = "function lum(c){const v=c.match(/\\d+(\\.\\d+)?/g).slice(0,3).map(Number).map(x=>{x/=255;return x<=0.03928?x/12.92:Math.pow((x+0.055)/1.055,2.4)});"
                + "return 0.2126*v[0]+0.7152*v[1]+0.0722*v[2]}"
                + "function bg(e){while(e){const b=getComputedStyle(e).backgroundColor;if(b&&b!=='rgba(0, 0, 0, 0)'&&b!=='transparent')return b;e=e.parentElement}return 'rgb(255, 255, 255)'}"
                + "return [...document.querySelectorAll(arguments[0])].map(e=>{const a=lum(getComputedStyle(e).color),b=lum(bg(e));"
                + "return (Math.max(a,b)+0.05)/(Math.min(a,b)+0.05)})";
        for (String selector : List.of(".answers button", "header a", "#q-heading", "#asked", "label", "#assessment dd")) {
            List<?> ratios = (List<?>) ((JavascriptExecutor) browser).executeScript(script, selector);
            assertThat(ratios).as(selector).isNotEmpty();
            ratios.forEach(r -> assertThat(((Number) r).doubleValue()).as("contrast of " + selector).isGreaterThanOrEqualTo(4.5));
        }
    }

    @Test
    void anOfficerOfAnotherUnitCannotOpenTheCase() {
        String id = startScreening(officer("here"), "uk");
        signIn(officer("elsewhere"));

        for (String page : List.of("/officer/screenings/" + id, "/officer/screenings/" + id + "/person",
                "/officer/screenings/" + id + "/consent", "/officer/cases/" + id)) {
            browser.get(url(page));
            assertThat(text("problem")).as(page).contains("was not found");
            assertThat(browser.findElements(By.id("asked"))).isEmpty();
            assertThat(browser.findElements(By.id("person-question"))).isEmpty();
        }
        screenshot("other-unit-refused");
    }

    @Test
    void theWalkthroughFitsAPhoneScreenWithLargeAnswerButtons() {
        OwnUnit.Officer officer = officer("phone");
        String id = startScreening(officer, "uk");
        signIn(officer);
        browser.manage().window().setSize(new Dimension(360, 740));
        for (String page : List.of("/officer/screenings/" + id, "/officer/screenings/" + id + "/person", "/officer",
                "/officer/screenings/new")) {
            browser.get(url(page));
            long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
            assertThat(scrollWidth).as("no sideways scrolling on " + page).isLessThanOrEqualTo(viewport);
        }
        browser.get(url("/officer/screenings/" + id));
        for (String answer : List.of("YES", "NO", "UNKNOWN", "DECLINED")) {
            assertThat(browser.findElement(By.id("answer-" + answer)).getSize().getHeight()).as(answer).isGreaterThanOrEqualTo(44);
        }
        screenshot("officer-walkthrough-phone");
    }

    @Test
    void anAnswerGivenWithoutAConnectionIsSavedOnceWhenItReturns() {
        OwnUnit.Officer officer = officer("offline");
        String id = startScreening(officer, "uk");
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        String progress = text("progress");
        org.openqa.selenium.chromium.ChromiumNetworkConditions offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        ((org.openqa.selenium.chrome.ChromeDriver) browser).setNetworkConditions(offline);

        click("answer-YES");
        assertThat(text("offline")).contains("No connection").contains("not saved yet");
        screenshot("officer-offline");
        ((org.openqa.selenium.chrome.ChromeDriver) browser).deleteNetworkConditions();

        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("progress"), progress)));
        assertThat(browser.findElements(By.id("offline"))).isEmpty();
        ScreeningBody screening = officer.api().screening(id);
        assertThat(screening.answers()).hasSize(1);
        assertThat(screening.version()).isEqualTo(1);
    }

    @Test
    void everyControlIsLabelledAndTheWalkthroughWorksFromTheKeyboard() {
        OwnUnit.Officer officer = officer("keyboard");
        String id = startScreening(officer, "uk");
        signIn(officer);
        for (String page : List.of("/officer", "/officer/screenings/new", "/officer/screenings/" + id, "/officer/screenings/" + id + "/consent")) {
            browser.get(url(page));
            Object unlabelled = ((JavascriptExecutor) browser).executeScript(
                    "return [...document.querySelectorAll('input:not([type=hidden]),select,textarea,button')]"
                            + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())"
                            + ".map(e => e.outerHTML)");
            assertThat((List<?>) unlabelled).as("controls without a label on " + page).isEmpty();
        }

        browser.get(url("/officer/screenings/" + id));
        String progress = text("progress");
        for (int i = 0; i < 40 && !"answer-NO".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
            browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("answer-NO");
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.activeElement).outlineStyle"))
                .as("visible focus").isNotEqualTo("none");
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);

        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("progress"), progress)));
    }

    @Test
    void theInterfaceSwitchesToPolish() {
        signIn("officer.airport");
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h2"), "Rozmowy przesiewowe Twojej jednostki"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");
        click("new-screening");
        assertThat(text("start-screening")).isEqualTo("Rozpocznij rozmowę");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() {
        browser.get(url("/"));
        browser.findElement(By.id("username")).sendKeys("officer.border");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("submit")).click();

        assertThat(text("error")).contains("Wrong user name or password");
        browser.get(url("/officer"));
        wait.until(ExpectedConditions.urlToBe(url("/?back=%2Fofficer")));
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("officer.border");
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.cookie"))
                .as("the session cookie is HttpOnly").doesNotContain("waymark_session");
        click("sign-out");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/officer"));
        wait.until(ExpectedConditions.urlToBe(url("/?back=%2Fofficer")));
    }

    @Test
    void anObservationIsRecordedOnTheOfficersSideOnlyAndEachQuestionSaysWhichAnswerCounts() {
        OwnUnit.Officer officer = officer("observation");
        String id = officer.api().start(NewScreening.adultLabour("Mariia").catalogueVersion("2.0.0")).id();
        signIn(officer);
        browser.get(url("/officer/screenings/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("asked")));
        assertThat(text("counts-when")).startsWith("A Yes counts");
        for (int i = 0; i < 20 && browser.findElements(By.id("observation")).isEmpty(); i++) {
            String progress = text("progress");
            click("answer-NO");
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("progress"), progress)));
        }
        assertThat(browser.findElements(By.id("observation"))).as("the triage reaches the officer's observations").hasSize(1);
        assertThat(browser.findElements(By.id("asked"))).as("no words for the person").isEmpty();
        assertThat(browser.findElements(By.id("show-person"))).as("nothing to show the person").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#answers-so-far li .counts.ruled-out"))).as("a No to a question where Yes counts")
                .isNotEmpty();
        screenshot("officer-observation");

        browser.get(url("/officer/screenings/" + id + "/person"));
        assertThat(browser.findElements(By.id("person-question"))).isEmpty();
        assertThat(browser.findElements(By.id("answer-form"))).as("the person cannot answer an observation").isEmpty();
        assertThat(text("person-wait")).isNotBlank();
    }

    private static String startScreening(OwnUnit.Officer officer, String language) {
        return officer.api().start(NewScreening.adultLabour("Mariia").intervieweeLanguage(language)).id();
    }

    /** An officer of a new unit of the test's own. */
    private OwnUnit.Officer officer(String name) {
        return OwnUnit.create(http).officerAccount(name);
    }
}
