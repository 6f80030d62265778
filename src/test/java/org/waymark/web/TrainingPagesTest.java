package org.waymark.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.waymark.pdf.PdfAValidation;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.training.Course;
import org.waymark.training.CourseLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The course and the trainer's programme pages in headless Chromium, on a phone-sized window where it matters. */
@MicronautTest
class TrainingPagesTest extends BrowserTest {

    @Inject
    CourseLibrary library;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.demo.programme", "false", "waymark.stats.k", "5", "waymark.stats.resolution", "5");
    }

    @Test
    void anOfficerTakesTheCourseFailsAQuizOnceRetriesAndGetsAPdfACertificate() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        signIn("officer.border");
        click("nav-course");
        assertThat(text("course-progress")).isEqualTo("0 of 6 quizzes passed");
        Course course = library.course("en");
        for (Course.Module module : course.modules()) {
            click("module-" + module.id());
            if (module == course.modules().get(0)) {
                answer(module, true);
                assertThat(text("outcome")).startsWith("Not passed yet");
                screenshot("course-quiz-failed-phone");
                click("retry");
            }
            answer(module, false);
            assertThat(text("outcome")).startsWith("Passed");
            click("to-modules");
            wait.until(d -> d.findElements(By.id("passed-" + module.id())).size() == 1);
        }
        assertThat(text("course-progress")).isEqualTo("6 of 6 quizzes passed");
        screenshot("course-completed-phone");

        click("certificate");
        Path certificate = downloads.resolve("waymark-course-certificate.pdf");
        new FluentWait<>(certificate).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .until(p -> Files.exists(p) && !Files.exists(Path.of(p + ".crdownload")));
        byte[] pdf = Files.readAllBytes(certificate);
        try (var loaded = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(loaded)).contains("Certificate of completion").contains("officer.border")
                    .contains(course.title());
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void aQuizWithAnUnansweredQuestionIsShownAgainWithEachQuestionToAnswerLinkedAndRecordsNoAttempt() {
        signIn("officer.airport");
        browser.get(url("/training/modules/interviewing"));
        click("submit-quiz");
        String first = library.course("en").module("interviewing").orElseThrow().quiz().get(0).id();
        assertThat(text("error-summary")).contains("There is a problem", "Choose an answer to question 1.");
        assertThat(text("question-" + first + "-error")).isEqualTo("Choose an answer to question 1.");
        click("summary-question-" + first);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("question-" + first);
        browser.get(url("/training"));
        assertThat(browser.findElements(By.id("passed-interviewing"))).isEmpty();
        assertThat(text("modules")).doesNotContain("attempts");
    }

    @Test
    void aTrainerRecordsASessionAddsAnEvaluationAndSeesItInTheReport() {
        signIn("trainer");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("heldOn")), today);
        browser.findElement(By.id("place")).sendKeys("Training centre east");
        new Select(browser.findElement(By.id("type"))).selectByValue("WORKSHOP_WITH_LABOUR_INSPECTORATE");
        browser.findElement(By.id("p-BORDER_GUARD-FEMALE")).sendKeys("20");
        browser.findElement(By.id("p-BORDER_GUARD-MALE")).sendKeys("30");
        browser.findElement(By.id("p-MUNICIPAL_GUARD-MALE")).sendKeys("5");
        click("record-session");

        assertThat(text("recorded")).isEqualTo("The session is recorded.");
        assertThat(text("session-participants")).isEqualTo("55");
        new Select(browser.findElement(By.id("effectiveness"))).selectByValue("5");
        click("add-evaluation");
        assertThat(text("session-forms")).isEqualTo("1");

        click("back-to-programme");
        click("report-link");
        assertThat(text("participants-total")).isEqualTo("55");
        assertThat(text("participants-table")).contains("Border Guard").contains("Municipal guards");
        assertThat(text("sessions-by-type")).contains("Workshop with the labour inspectorate: 1");
        assertThat(text("effective-share")).contains("fewer than 5 forms");
        screenshot("programme-report");
    }

    @Test
    void refusesTheCertificateBeforeTheCourseIsCompletedWithAClearNotice() {
        signIn("trainer");
        browser.get(url("/training/certificate"));
        assertThat(text("not-yet")).isEqualTo("The certificate is ready once every quiz is passed.");
        assertThat(browser.getCurrentUrl()).endsWith("/training?certificate=not-yet");
        assertThat(browser.findElements(By.id("certificate"))).isEmpty();
    }

    @Test
    void aTrainerSeesACourseResultsPageWithEachUsersProgress() {
        signIn("officer.border");
        browser.get(url("/training/modules/interviewing"));
        answer(library.course("en").module("interviewing").orElseThrow(), false);
        assertThat(text("outcome")).startsWith("Passed");
        browser.manage().deleteAllCookies();
        signIn("trainer");
        click("course-results-link");
        assertThat(text("passed-officer.border")).endsWith(" of 6");
        assertThat(text("scores-officer.border")).contains("passed");
        screenshot("trainer-course-results");
    }

    @Test
    void theRedoNoticeNamesEachQuestionInTheTrainersWordsWithItsIdInSmallPrint() {
        String caseId = (String) new ApiClient(http).as("trainer").postJson("/api/v1/training/practice-cases", Map.of("title", "Old case",
                "catalogue", "waymark-indicators", "catalogueVersion", "1.0.0", "checklist", "triage", "intervieweeLanguage", "uk",
                "narrative", "A worker.", "start", Map.of("placeType", "LAND_BORDER", "exploitation", "LABOUR", "ageBand", "AGE_25_34", "sex", "FEMALE"),
                "expected", Map.of("riskLevel", "HIGH", "trafficking", false, "forcedLabour", true),
                "replies", List.of(Map.of("questionId", "d5.confiscation-of-documents", "reply", "Так.", "answer", "YES")))).get("id");
        signIn("trainer");
        browser.get(url("/trainer/practice/" + caseId));

        List<org.openqa.selenium.WebElement> redo = browser.findElements(By.cssSelector("#redo-questions li"));
        assertThat(redo).hasSizeGreaterThan(1);
        for (org.openqa.selenium.WebElement question : redo) {
            String id = question.findElement(By.cssSelector("small.question-id")).getText();
            String words = question.findElement(By.tagName("span")).getText();
            assertThat(question.getAttribute("id")).isEqualTo("redo-" + id);
            assertThat(words).as(id).isNotBlank().isNotEqualTo(id).doesNotStartWith("q.");
        }
        assertThat(text("redo-d5.confiscation-of-documents")).as("a question gone from the newest version, in the older one's words")
                .contains("d5.confiscation-of-documents").hasSizeGreaterThan("d5.confiscation-of-documents".length() + 10);
    }

    @Test
    void resendingTheSameSessionFormRecordsTheSessionOnce() {
        signIn("trainer");
        String place = "Resent form centre " + UUID.randomUUID().toString().substring(0, 8);
        fillSessionForm(place, "7");
        String formId = browser.findElement(By.id("session-id")).getAttribute("value");
        submit("record-session");
        String recorded = browser.getCurrentUrl();

        browser.get(url("/trainer"));
        fillSessionForm(place, "7");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("session-id")), formId);
        submit("record-session");

        assertThat(browser.getCurrentUrl()).isEqualTo(recorded);
        assertThat(text("session-participants")).isEqualTo("7");
        click("back-to-programme");
        assertThat(browser.findElements(By.xpath("//table[@id='session-table']//td[text()='" + place + "']"))).hasSize(1);
    }

    @Test
    void aTrainerTypesAPileOfPaperFormsCorrectsTheSessionIsToldOfAStaleEditAndDeletesIt() {
        signIn("trainer");
        String place = "Paper forms centre " + UUID.randomUUID().toString().substring(0, 8);
        fillSessionForm(place, "20");
        submit("record-session");
        String id = browser.getCurrentUrl().replaceAll("^.*/trainer/sessions/([^?]+).*$", "$1");

        browser.findElement(By.id("t-5-5")).sendKeys("12");
        browser.findElement(By.id("t-1-1")).sendKeys("3");
        submit("add-tally");
        assertThat(text("tallied")).isEqualTo("The evaluation forms are recorded.");
        assertThat(text("session-forms")).isEqualTo("15");

        click("correct-session");
        browser.findElement(By.id("p-POLICE-FEMALE")).clear();
        browser.findElement(By.id("p-POLICE-FEMALE")).sendKeys("25");
        submit("save-correction");
        assertThat(text("corrected")).isEqualTo("The session is corrected.");
        assertThat(text("session-participants")).isEqualTo("25");

        ApiClient api = new ApiClient(http).as("trainer");
        Map<String, Object> now = api.getJson("/api/v1/training/sessions/" + id);
        api.putJson("/api/v1/training/sessions/" + id, Map.of("version", now.get("version"), "heldOn", now.get("heldOn"), "place", place,
                "type", "TRAINING", "participants", List.of(Map.of("service", "POLICE", "sex", "FEMALE", "count", 30))));
        click("correct-session");
        browser.findElement(By.id("p-POLICE-FEMALE")).clear();
        browser.findElement(By.id("p-POLICE-FEMALE")).sendKeys("15");
        submit("save-correction");
        assertThat(text("changed")).contains("changed or deleted this session meanwhile");
        assertThat(text("session-participants")).isEqualTo("30");

        submit("delete-session");
        assertThat(text("deleted")).isEqualTo("The session is deleted, with its participants and evaluation forms.");
        assertThat(browser.findElements(By.xpath("//table[@id='session-table']//td[text()='" + place + "']"))).isEmpty();
        assertThat(api.status(HttpRequest.GET("/api/v1/training/sessions/" + id))).isEqualTo(404);
    }

    private void fillSessionForm(String place, String police) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("heldOn")),
                LocalDate.now(ZoneOffset.UTC).toString());
        browser.findElement(By.id("place")).sendKeys(place);
        new Select(browser.findElement(By.id("type"))).selectByValue("TRAINING");
        browser.findElement(By.id("p-POLICE-FEMALE")).sendKeys(police);
    }

    /** Picks the right answer to every question, or (wrongFirst) a wrong one to the first. */
    private void answer(Course.Module module, boolean wrongFirst) {
        for (Course.Question question : module.quiz()) {
            String choice = question.answer();
            if (wrongFirst && question == module.quiz().get(0)) {
                choice = question.choices().keySet().stream().filter(k -> !k.equals(question.answer())).findFirst().orElseThrow();
            }
            click("q-" + question.id() + "-" + choice);
        }
        click("submit-quiz");
    }
}
