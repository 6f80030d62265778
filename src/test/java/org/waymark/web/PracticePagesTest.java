package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practice in headless Chromium: a trainer writes a case on its form, an officer runs it on the walk-through, completes it
 * and reads the feedback; a trainee account does the same in the practice unit, finds the run in "my practice runs" and
 * gets the practice partner's packet.
 */
@MicronautTest
class PracticePagesTest extends BrowserTest {

    private static final String DECISIVE = "q.d5.documents-kept";
    /** The questions the trainer scripts; the trainee asks these and answers the rest No without asking, to keep the walk short. */
    private static final Set<String> SCRIPTED = Set.of("q.act.found-work", "q.ctx.works-here");
    private static final String NOTE = "Always ask who holds the passport: a kept document is a strong sign of forced labour.";

    @Inject
    CatalogueLibrary catalogues;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aTraineeWhoSkipsADecisiveQuestionGetsFeedbackNamingItWithTheTrainersNote() {
        signIn("trainer");
        click("nav-practice-cases");
        click("new-case");
        new Select(browser.findElement(By.id("checklist"))).selectByValue("triage");
        new Select(browser.findElement(By.id("intervieweeLanguage"))).selectByValue("uk");
        click("show-questions");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-" + DECISIVE)));
        click("save-case");
        assertThat(text("error-summary")).contains("Give the case a title").contains("Write the person’s story")
                .contains("Script the reply to at least one question");
        assertThat(text("title-error")).startsWith("Give the case a title");
        browser.findElement(By.id("title")).sendKeys("Mushroom farm, passport in the safe");
        new Select(browser.findElement(By.id("placeType"))).selectByValue("LAND_BORDER");
        new Select(browser.findElement(By.id("ageBand"))).selectByValue("AGE_18_24");
        new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
        browser.findElement(By.id("narrative")).sendKeys("Hired again by phone; unpaid since the first month; the owner keeps the passports.");
        browser.findElement(By.id("observations")).sendKeys("She has no passport and asks whether she could leave today.");
        new Select(browser.findElement(By.id("riskLevel"))).selectByValue("HIGH");
        click("forcedLabour");
        script("q.act.found-work", "Власник подзвонив мені сам.", "The owner phoned me himself.", "NO", null);
        script("q.ctx.works-here", "Так, я збираю гриби.", "Yes, I pick mushrooms.", "YES", null);
        script(DECISIVE, "Власник забрав паспорт у сейф.", "The owner took my passport into his safe.", "YES", NOTE);
        click("save-case");
        assertThat(text("saved")).isEqualTo("The case is saved as a new revision.");
        String caseId = browser.getCurrentUrl().replaceAll(".*/trainer/practice/([0-9a-f-]{36}).*", "$1");

        browser.manage().deleteAllCookies();
        signIn("officer.airport");
        click("nav-practice");
        click("start-" + caseId);
        assertThat(text("training-mark")).startsWith("Training screening");
        String screening = walkSkippingTheDecisiveQuestion();
        browser.get(url("/practice/screenings/" + screening + "/feedback"));
        assertThat(text("not-finished")).as("no feedback before completing").startsWith("The feedback opens once the screening is completed");
        click("to-check");
        submit("complete");
        click("to-feedback");

        String prompt = catalogues.find("waymark-indicators", "2.0.0").orElseThrow().texts().get("en").labelOf(DECISIVE);
        assertThat(text("skipped-" + DECISIVE)).contains(prompt).contains("The person would have answered: Yes.").contains(NOTE);
        assertThat(text("outcome-match")).startsWith("Your screening did not reach the outcome the case expects");
        assertThat(text("risk-expected")).isEqualTo("High");
        screenshot("practice-feedback");
        browser.get(url("/officer/cases/" + screening));
        click("to-feedback");
        assertThat(text("skipped-" + DECISIVE)).as("the completed case page leads back to the feedback").contains(NOTE);
    }

    @Test
    void aTraineeAccountCompletesAPracticeRunReadsTheFeedbackFindsItInTheirRunsAndGetsThePracticePacket() {
        ApiClient admin = new ApiClient(http).as("admin");
        String username = "trainee." + UUID.randomUUID().toString().substring(0, 8);
        admin.postJson("/api/v1/admin/users", Map.of("username", username, "role", "TRAINEE", "password", "a-long-enough-password"));
        ApiClient trainee = new ApiClient(http).withToken(new ApiClient(http).firstSignIn(username, "a-long-enough-password"));
        String caseId = (String) new ApiClient(http).as("trainer").postJson("/api/v1/training/practice-cases", traineeCase()).get("id");

        signIn(username, ApiClient.own("a-long-enough-password"));
        browser.get(url("/practice"));
        assertThat(text("no-runs")).isEqualTo("You have not practised a case yet.");
        click("start-" + caseId);
        String screening = walkSkippingTheDecisiveQuestion();
        browser.get(url("/practice/screenings/" + screening + "/feedback"));
        assertThat(text("not-finished")).startsWith("The feedback opens once the screening is completed");
        click("to-check");
        submit("complete");
        assertThat(text("practice-completed")).startsWith("This was a practice screening");
        click("to-feedback");
        assertThat(text("skipped-" + DECISIVE)).contains("The person would have answered: Yes.").contains(NOTE);

        browser.get(url("/practice"));
        assertThat(text("run-" + screening)).startsWith("Trainee’s mushroom farm");
        click("feedback-" + screening);
        assertThat(text("skipped-" + DECISIVE)).contains(NOTE);
        browser.get(url("/officer/screenings/" + screening + "/completed"));
        click("practice-referral");
        assertThat(browser.findElement(By.id("practice-packet")).getAttribute("href")).endsWith("/api/v1/screenings/" + screening + "/practice-referral");
        assertThat(trainee.getBytes("/api/v1/screenings/" + screening + "/practice-referral")).as("the practice packet, zipped").startsWith((byte) 'P', (byte) 'K');
    }

    /**
     * Walks the practice screening open in the browser to its end: asks the scripted questions, answers the decisive one
     * Unknown without asking (the trainee never hears that the owner has the passport), the rest No; returns its id.
     */
    private String walkSkippingTheDecisiveQuestion() {
        for (int step = 0; browser.findElements(By.id("to-check")).isEmpty(); step++) {
            assertThat(step).as("the checklist ends").isLessThan(20);
            String question = browser.findElement(By.cssSelector("#answer-form input[name=question]")).getAttribute("value");
            String answer = "NO";
            if (DECISIVE.equals(question)) {
                answer = "UNKNOWN";
            } else if (SCRIPTED.contains(question)) {
                click("ask-person");
                String reply = text("person-reply");
                if ("q.ctx.works-here".equals(question)) {
                    assertThat(reply).isEqualTo("Так, я збираю гриби.");
                    assertThat(text("reply-gloss")).isEqualTo("Meaning: Yes, I pick mushrooms.");
                    answer = "YES";
                }
            }
            String progress = text("progress");
            click("answer-" + answer);
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("progress"), progress)));
        }
        assertThat(text("complete-first")).startsWith("Complete the screening to see the feedback");
        return browser.getCurrentUrl().replaceAll(".*/officer/screenings/([0-9a-f-]{36}).*", "$1");
    }

    /** A case like the trainer's on the form: the same scripted replies and the note on the decisive question. */
    private static Map<String, Object> traineeCase() {
        return Map.of("title", "Trainee’s mushroom farm", "catalogue", "waymark-indicators", "checklist", "triage",
                "intervieweeLanguage", "uk", "narrative", "Hired again by phone; the owner keeps the passports.",
                "observations", "She has no passport.",
                "start", Map.of("placeType", "LAND_BORDER", "exploitation", "LABOUR", "ageBand", "AGE_18_24", "sex", "FEMALE"),
                "expected", Map.of("riskLevel", "HIGH", "trafficking", false, "forcedLabour", true),
                "replies", List.of(
                        Map.of("questionId", "q.act.found-work", "reply", "Власник подзвонив мені сам.", "gloss", "The owner phoned me himself.", "answer", "NO"),
                        Map.of("questionId", "q.ctx.works-here", "reply", "Так, я збираю гриби.", "gloss", "Yes, I pick mushrooms.", "answer", "YES"),
                        Map.of("questionId", DECISIVE, "reply", "Власник забрав паспорт у сейф.", "gloss", "The owner took my passport into his safe.",
                                "answer", "YES", "teachingNote", NOTE)));
    }

    /** Types the scripted reply to one question on the case form. */
    private void script(String question, String reply, String gloss, String answer, String note) {
        browser.findElement(By.id("reply-" + question)).sendKeys(reply);
        browser.findElement(By.id("gloss-" + question)).sendKeys(gloss);
        new Select(browser.findElement(By.id("answer-" + question))).selectByValue(answer);
        if (note != null) {
            browser.findElement(By.id("note-" + question)).sendKeys(note);
        }
    }
}
