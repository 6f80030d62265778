package org.waymark.training;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.identity.Units;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainee accounts: an administrator makes a TRAINEE without a unit, who practises on practice cases and takes the
 * course, completes their own practice runs (consent, completion, the practice partner's packet), and is refused every
 * real case (list, start, read, walk-through, answers, consent, completion, case page) and every other trainee's run.
 */
@MicronautTest
class TraineeAccountTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aTraineePractisesAndTakesTheCourseButIsRefusedEveryRealCase() {
        ApiClient admin = new ApiClient(http).as("admin");
        admin.postJson("/api/v1/admin/users", Map.of("username", "trainee.one", "role", "TRAINEE", "password", "a-long-enough-password"));
        ApiClient trainee = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("trainee.one", "a-long-enough-password"));
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String real = officer.start(NewScreening.adultLabour("Anna")).id();
        String caseId = practiceCase();

        String practice = (String) trainee.postJson("/api/v1/practice/screenings", Map.of("caseId", caseId)).get("id");
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/" + practice))).isEqualTo(200);
        assertThat(trainee.postJson("/api/v1/practice/screenings/" + practice + "/ask/q.act.found-work", Map.of())).containsKey("questionId");
        assertThat(trainee.refusal(HttpRequest.GET("/api/v1/practice/screenings/" + practice + "/feedback"), 409).type())
                .as("no feedback before the walk is completed").isEqualTo("urn:waymark:problem:practice.not-finished");
        long version = trainee.answer(practice, "q.act.found-work", "NO", 0).version();
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/" + practice + "/consent"))).isEqualTo(200);
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/" + practice + "/check"))).isEqualTo(200);
        version = trainee.consentGiven(practice, "NGO_SUPPORT", CompletedScreenings.TOLD_ALL).version();
        assertThat(trainee.complete(practice, version).status()).isEqualTo("COMPLETED");
        assertThat(trainee.getJson("/api/v1/practice/screenings/" + practice + "/feedback")).containsEntry("expectedRiskLevel", "HIGH");
        assertThat(trainee.getBytes("/api/v1/screenings/" + practice + "/practice-referral")).as("the practice packet, zipped").isNotEmpty();
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/" + practice + "/completed"))).isEqualTo(200);
        assertThat(trainee.status(HttpRequest.GET("/officer/cases/" + practice + "/practice-partner"))).isEqualTo(200);
        assertThat(trainee.getJsonList("/api/v1/course/modules")).isNotEmpty();

        assertThat(trainee.status(HttpRequest.GET("/api/v1/screenings"))).isEqualTo(403);
        assertThat(trainee.status(HttpRequest.POST("/api/v1/screenings", NewScreening.adultLabour("Anna")))).isEqualTo(403);
        assertThat(trainee.status(HttpRequest.GET("/api/v1/screenings/" + real))).isEqualTo(403);
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/" + real))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.GET("/officer/cases/" + real))).isEqualTo(403);
        assertThat(trainee.status(HttpRequest.GET("/officer"))).isEqualTo(403);
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/new"))).isEqualTo(403);
        assertThat(officer.status(HttpRequest.GET("/api/v1/screenings/" + practice))).as("the practice unit is not the officer's").isEqualTo(404);
        long realVersion = officer.screening(real).version();
        assertThat(trainee.status(HttpRequest.PUT("/api/v1/screenings/" + real + "/answers/q.act.found-work",
                Map.of("answer", "NO", "expectedVersion", realVersion)))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.GET("/api/v1/screenings/" + real + "/next"))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.POST("/api/v1/screenings/" + real + "/consents",
                Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN", "told", CompletedScreenings.TOLD_ALL)))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.POST("/api/v1/screenings/" + real + "/complete", Map.of("expectedVersion", realVersion)))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.GET("/api/v1/screenings/" + real + "/practice-referral"))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/" + real + "/check"))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.GET("/officer/screenings/" + real + "/completed"))).isEqualTo(404);
        assertThat(trainee.status(HttpRequest.GET("/officer/cases/" + real + "/practice-partner"))).isEqualTo(404);
        assertThat(officer.screening(real).version()).as("the refused acts changed nothing").isEqualTo(realVersion);
        assertThat(officer.screening(real).status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aTraineeOpensOnlyTheirOwnPracticeRunsNotAnotherTrainees() {
        ApiClient admin = new ApiClient(http).as("admin");
        admin.postJson("/api/v1/admin/users", Map.of("username", "trainee.first", "role", "TRAINEE", "password", "a-long-enough-password"));
        admin.postJson("/api/v1/admin/users", Map.of("username", "trainee.second", "role", "TRAINEE", "password", "a-long-enough-password"));
        ApiClient first = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("trainee.first", "a-long-enough-password"));
        ApiClient second = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("trainee.second", "a-long-enough-password"));
        String caseId = practiceCase();
        String run = (String) first.postJson("/api/v1/practice/screenings", Map.of("caseId", caseId)).get("id");

        assertThat(second.status(HttpRequest.GET("/officer/screenings/" + run))).isEqualTo(404);
        assertThat(second.status(HttpRequest.PUT("/api/v1/screenings/" + run + "/answers/q.act.found-work",
                Map.of("answer", "NO", "expectedVersion", 0)))).isEqualTo(404);
        assertThat(second.status(HttpRequest.POST("/api/v1/screenings/" + run + "/complete", Map.of("expectedVersion", 0)))).isEqualTo(404);
        assertThat(second.status(HttpRequest.GET("/api/v1/practice/screenings/" + run + "/feedback"))).isEqualTo(404);
        assertThat(second.status(HttpRequest.POST("/api/v1/practice/screenings/" + run + "/ask/q.act.found-work", Map.of()))).isEqualTo(404);
        assertThat(first.complete(run, 0).status()).as("the run is still the first trainee's to finish").isEqualTo("COMPLETED");
    }

    @Test
    void theDemoTraineeSignsInWithTheDemoPasswordAndPractisesButSeesNoRealCase() {
        ApiClient trainee = new ApiClient(http).as("trainee");

        assertThat(trainee.status(HttpRequest.GET("/api/v1/practice/cases"))).isEqualTo(200);
        assertThat(trainee.getJsonList("/api/v1/course/modules")).isNotEmpty();
        assertThat(trainee.status(HttpRequest.GET("/api/v1/screenings"))).isEqualTo(403);
        assertThat(trainee.status(HttpRequest.GET("/officer"))).isEqualTo(403);
        assertThat(trainee.status(HttpRequest.GET("/practice"))).isEqualTo(200);
    }

    @Test
    void refusesToPutAnOfficerInThePracticeUnitNamingTheField() {
        Problem problem = new ApiClient(http).as("admin").refusal(HttpRequest.POST("/api/v1/admin/users", Map.of(
                "username", "officer.practice", "role", "OFFICER", "unitId", Units.PRACTICE.toString(), "password", "a-long-enough-password")), 400);

        assertThat(problem.fields()).containsExactly("unitId");
        assertThat(new ApiClient(http).as("admin").getJsonList("/api/v1/admin/units")).noneMatch(u -> Units.PRACTICE.toString().equals(u.get("id")));
    }

    private String practiceCase() {
        return (String) new ApiClient(http).as("trainer").postJson("/api/v1/training/practice-cases", Map.of("title", "Trainee case",
                "catalogue", "waymark-indicators", "checklist", "triage", "intervieweeLanguage", "uk", "narrative", "A worker.",
                "start", Map.of("placeType", "LAND_BORDER", "exploitation", "LABOUR", "ageBand", "AGE_25_34", "sex", "FEMALE"),
                "expected", Map.of("riskLevel", "HIGH", "trafficking", false, "forcedLabour", true),
                "replies", List.of(Map.of("questionId", "q.d5.documents-kept", "reply", "Так.", "answer", "YES")))).get("id");
    }
}
