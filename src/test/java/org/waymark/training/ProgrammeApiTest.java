package org.waymark.training;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.pdf.PdfAValidation;
import org.waymark.audit.AuditSequencer;
import org.waymark.testing.ApiClient;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.Problem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme indicators API: trainers only, every bad field named, and a report that adds up to what was recorded. */
@MicronautTest
class ProgrammeApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CourseLibrary library;

    @Inject
    AuditSequencer sequencer;

    ApiClient trainer;

    @Override
    protected Map<String, String> extraProperties() {
        // k = resolution = 5: counts that are multiples of 5 are published as they are, so sums can be checked exactly
        return Map.of("waymark.demo.programme", "false", "waymark.stats.k", "5", "waymark.stats.resolution", "5");
    }

    @BeforeEach
    void signIn() {
        trainer = new ApiClient(http).as("trainer");
    }

    @Test
    void refusesASessionWithBadFieldsNamingEachFieldAndRecordsNothing() {
        int before = trainer.getJsonList("/api/v1/training/sessions?from=2000-01-01").size();
        Problem problem = trainer.refusal(HttpRequest.POST("/api/v1/training/sessions", Map.of(
                "heldOn", "31.12.2025", "place", " ", "type", "LECTURE",
                "participants", List.of(Map.of("service", "BORDER_GUARD", "sex", "FEMALE", "count", 0), Map.of("service", "ARMY", "sex", "MALE", "count", 3)),
                "evaluations", List.of(Map.of("effectiveness", 6, "substantiveValue", 4)))), 400);

        assertThat(problem.fields()).contains("heldOn", "place", "type", "participants[0].count", "participants[1].service",
                "evaluations[0].effectiveness");
        assertThat(trainer.getJsonList("/api/v1/training/sessions?from=2000-01-01")).hasSize(before);
    }

    @Test
    void refusesCountriesForATrainingAndAStudyVisitWithoutThem() {
        Map<String, Object> training = session("2024-02-01", "TRAINING", List.of("DE"), List.of(count("POLICE", "MALE", 5)), List.of());
        assertThat(trainer.refusal(HttpRequest.POST("/api/v1/training/sessions", training), 400).fields()).containsExactly("countriesVisited");
        Map<String, Object> visit = session("2024-02-01", "STUDY_VISIT", List.of(), List.of(count("POLICE", "MALE", 5)), List.of());
        assertThat(trainer.refusal(HttpRequest.POST("/api/v1/training/sessions", visit), 400).fields()).containsExactly("countriesVisited");
    }

    @Test
    void refusesMoreEvaluationFormsThanParticipants() {
        String id = record(session("2024-03-01", "TRAINING", List.of(), List.of(count("NGO", "FEMALE", 1)), List.of(rating(5, 5))));
        Problem problem = trainer.refusal(HttpRequest.POST("/api/v1/training/sessions/" + id + "/evaluations",
                Map.of("evaluations", List.of(rating(4, 4)))), 400);
        assertThat(problem.fields()).containsExactly("evaluations");
    }

    @Test
    void refusesEveryoneButTrainers() {
        Map<String, Object> body = session("2024-04-01", "TRAINING", List.of(), List.of(count("POLICE", "MALE", 5)), List.of());
        for (String user : List.of("officer.airport", "supervisor")) {
            ApiClient other = new ApiClient(http).as(user);
            assertThat(other.status(HttpRequest.POST("/api/v1/training/sessions", body))).as(user).isEqualTo(403);
            assertThat(other.status(HttpRequest.GET("/api/v1/training/report"))).as(user).isEqualTo(403);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportAddsUpToItsInputs() {
        record(session("2023-05-10", "TRAINING", List.of(), List.of(count("BORDER_GUARD", "FEMALE", 10), count("BORDER_GUARD", "MALE", 20),
                count("POLICE", "FEMALE", 5), count("POLICE", "MALE", 15)), List.of(rating(5, 5), rating(4, 5), rating(2, 3), rating(5, 4), rating(4, 4))));
        record(session("2023-06-20", "STUDY_VISIT", List.of("DE", "NL"), List.of(count("BORDER_GUARD", "FEMALE", 5),
                count("NGO", "FEMALE", 10), count("NGO", "MALE", 5)), List.of(rating(5, 5), rating(5, 2), rating(4, 4), rating(1, 1), rating(5, 5))));

        Map<String, Object> report = trainer.getJson("/api/v1/training/report?from=2023-05-01&to=2023-06-30");

        Map<String, Object> participants = (Map<String, Object>) report.get("participants");
        assertThat(figure(participants.get("total"))).isEqualTo(70);
        assertThat(row(participants, "BORDER_GUARD")).isEqualTo(35);
        assertThat(row(participants, "POLICE")).isEqualTo(20);
        assertThat(row(participants, "NGO")).isEqualTo(15);
        List<Object> byColumn = (List<Object>) participants.get("columnTotals");
        List<String> columns = (List<String>) participants.get("columns");
        assertThat(figure(byColumn.get(columns.indexOf("FEMALE")))).isEqualTo(30);
        assertThat(figure(byColumn.get(columns.indexOf("MALE")))).isEqualTo(40);
        assertThat((Map<String, Object>) report.get("sessionsByType")).containsEntry("TRAINING", 1).containsEntry("STUDY_VISIT", 1);
        assertThat(report.get("studyVisits")).isEqualTo(1);
        assertThat((Map<String, Object>) report.get("countriesVisited")).containsOnlyKeys("DE", "NL");
        assertThat(report.get("effectivePercent")).isEqualTo(80); // 8 of 10 forms rate effectiveness 4 or 5
        assertThat(report.get("substantivePercent")).isEqualTo(70);
    }

    @Test
    @SuppressWarnings("unchecked")
    void suppressesSmallCountsOfPeopleInTheReport() {
        record(session("2022-01-10", "E_LEARNING", List.of(), List.of(count("BORDER_GUARD", "FEMALE", 10), count("BORDER_GUARD", "MALE", 10),
                count("VOLUNTEER", "FEMALE", 2)), List.of(rating(5, 5))));

        Map<String, Object> report = trainer.getJson("/api/v1/training/report?from=2022-01-01&to=2022-01-31");

        Map<String, Object> participants = (Map<String, Object>) report.get("participants");
        assertThat((List<String>) participants.get("rows")).doesNotContain("VOLUNTEER").contains("OTHER");
        int other = ((List<String>) participants.get("rows")).indexOf("OTHER");
        assertThat(((List<Map<String, Object>>) participants.get("rowTotals")).get(other)).containsEntry("suppressed", true)
                .containsEntry("display", "< 5");
        assertThat(report.get("effectivePercent")).as("one form is fewer than k").isNull();
    }

    @Test
    void reportComesAsCsvAndAsPdfA() throws Exception {
        record(session("2021-09-01", "WORKSHOP_WITH_LABOUR_INSPECTORATE", List.of(), List.of(count("LOCAL_AUTHORITY", "MALE", 5)), List.of()));

        String csv = new String(trainer.getBytes("/api/v1/training/report?from=2021-09-01&to=2021-09-30&format=csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"LOCAL_AUTHORITY\"").contains("\"WORKSHOP_WITH_LABOUR_INSPECTORATE\",\"1\"");

        byte[] pdf = trainer.getBytes("/api/v1/training/report?from=2021-09-01&to=2021-09-30&format=pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        assertThat(trainer.refusal(HttpRequest.GET("/api/v1/training/report?format=xls"), 400).fields()).containsExactly("format");
    }

    @Test
    void refusesAQuizWithAQuestionLeftOutNamingItAndKeepsNoAttempt() {
        Problem problem = trainer.refusal(HttpRequest.POST("/api/v1/course/modules/interpreters/attempts",
                Map.of("choices", Map.of("companion", "b"))), 400);

        assertThat(problem.fields()).containsExactly("first-person");
        assertThat(trainer.getJsonList("/api/v1/course/modules")).filteredOn(m -> "interpreters".equals(m.get("moduleId")))
                .singleElement().satisfies(m -> assertThat(m.get("attempts")).isEqualTo(0));
    }

    @Test
    void resendingTheSameSessionRecordsItOnce() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> session = withId(id, session("2020-03-02", "TRAINING", List.of(), List.of(count("POLICE", "FEMALE", 10)), List.of()));

        HttpResponse<Map<String, Object>> first = exchange(HttpRequest.POST("/api/v1/training/sessions", session));
        HttpResponse<Map<String, Object>> resent = exchange(HttpRequest.POST("/api/v1/training/sessions", session));

        assertThat(first.code()).isEqualTo(201);
        assertThat(resent.code()).isEqualTo(200);
        assertThat(resent.body()).containsEntry("id", id);
        assertThat(first.body()).containsEntry("id", id);
        assertThat(trainer.getJsonList("/api/v1/training/sessions?from=2020-03-01&to=2020-03-31")).hasSize(1);
        assertThat(figure(participants("2020-03-01", "2020-03-31").get("total"))).isEqualTo(10);
    }

    @Test
    void refusesASessionIdReusedForAnotherSessionAndRecordsNothing() {
        String id = UUID.randomUUID().toString();
        record(withId(id, session("2020-04-02", "TRAINING", List.of(), List.of(count("POLICE", "FEMALE", 10)), List.of())));

        Problem problem = trainer.refusal(HttpRequest.POST("/api/v1/training/sessions",
                withId(id, session("2020-04-03", "TRAINING", List.of(), List.of(count("POLICE", "FEMALE", 20)), List.of()))), 409);

        assertThat(problem.type()).contains("id-in-use");
        assertThat(trainer.getJson("/api/v1/training/sessions/" + id)).containsEntry("heldOn", "2020-04-02").containsEntry("participantsTotal", 10);
        assertThat(trainer.refusal(HttpRequest.POST("/api/v1/training/sessions", withId("not-a-uuid",
                session("2020-04-03", "TRAINING", List.of(), List.of(count("POLICE", "FEMALE", 20)), List.of()))), 400).fields()).containsExactly("id");
    }

    @Test
    void resendingTheSameTallyOfEvaluationFormsRecordsThemOnce() {
        String session = record(session("2020-05-04", "TRAINING", List.of(), List.of(count("NGO", "FEMALE", 20)), List.of()));
        Map<String, Object> tally = Map.of("id", UUID.randomUUID().toString(), "tally", List.of(tally(5, 5, 12), tally(2, 3, 3)),
                "evaluations", List.of(rating(4, 4)));

        assertThat(exchange(HttpRequest.POST("/api/v1/training/sessions/" + session + "/evaluations", tally)).code()).isEqualTo(204);
        assertThat(exchange(HttpRequest.POST("/api/v1/training/sessions/" + session + "/evaluations", tally)).code()).isEqualTo(204);

        assertThat(forms(session)).hasSize(16);
        assertThat(forms(session)).filteredOn(f -> f.get("effectiveness").equals(5) && f.get("substantiveValue").equals(5)).hasSize(12);
        Map<String, Object> report = trainer.getJson("/api/v1/training/report?from=2020-05-01&to=2020-05-31");
        assertThat(report.get("effectivePercent")).isEqualTo(81); // 13 of 16 forms rate effectiveness 4 or 5
    }

    @Test
    void refusesATallyWithABadCountOrMoreFormsThanParticipantsNamingTheFieldAndRecordsNothing() {
        String session = record(session("2020-06-04", "TRAINING", List.of(), List.of(count("NGO", "FEMALE", 10)), List.of()));

        assertThat(trainer.refusal(HttpRequest.POST("/api/v1/training/sessions/" + session + "/evaluations",
                Map.of("tally", List.of(tally(5, 5, -1), tally(6, 5, 1)))), 400).fields())
                .containsExactly("tally[0].forms", "tally[1].effectiveness");
        assertThat(trainer.refusal(HttpRequest.POST("/api/v1/training/sessions/" + session + "/evaluations",
                Map.of("tally", List.of(tally(5, 5, 11)))), 400).fields()).containsExactly("evaluations");
        assertThat(forms(session)).isEmpty();
    }

    @Test
    void refusesACorrectionAtAStaleVersionAndKeepsTheNewerEdit() {
        String id = record(session("2020-07-01", "TRAINING", List.of(), List.of(count("POLICE", "MALE", 10)), List.of()));
        Map<String, Object> first = correction(0, "2020-07-02", List.of(count("POLICE", "MALE", 15)));
        Map<String, Object> stale = correction(0, "2020-07-03", List.of(count("POLICE", "MALE", 5)));

        Map<String, Object> corrected = trainer.putJson("/api/v1/training/sessions/" + id, first);
        Problem problem = trainer.refusal(HttpRequest.PUT("/api/v1/training/sessions/" + id, stale), 409);

        assertThat(corrected).containsEntry("version", 1).containsEntry("heldOn", "2020-07-02").containsEntry("participantsTotal", 15);
        assertThat(problem.current()).asString().contains("2020-07-02");
        assertThat(trainer.getJson("/api/v1/training/sessions/" + id)).containsEntry("heldOn", "2020-07-02").containsEntry("participantsTotal", 15);
        assertThat(trainer.refusal(HttpRequest.DELETE("/api/v1/training/sessions/" + id + "?version=0"), 409)).isNotNull();
        assertThat(trainer.refusal(HttpRequest.PUT("/api/v1/training/sessions/" + id,
                Map.of("heldOn", "2020-07-02", "place", "x", "type", "TRAINING", "participants", List.of(count("POLICE", "MALE", 5)))), 400)
                .fields()).containsExactly("version");
    }

    @Test
    void refusesACorrectionLeavingFewerParticipantsThanEvaluationForms() {
        String id = record(session("2020-08-01", "TRAINING", List.of(), List.of(count("POLICE", "MALE", 5)),
                List.of(rating(5, 5), rating(5, 5), rating(5, 5))));

        assertThat(trainer.refusal(HttpRequest.PUT("/api/v1/training/sessions/" + id,
                correction(0, "2020-08-01", List.of(count("POLICE", "MALE", 2)))), 400).fields()).containsExactly("participants");
        assertThat(trainer.getJson("/api/v1/training/sessions/" + id)).containsEntry("participantsTotal", 5).containsEntry("version", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportAddsUpAfterASessionIsCorrectedAndAnotherDeleted() {
        String kept = record(session("2019-05-10", "TRAINING", List.of(), List.of(count("BORDER_GUARD", "FEMALE", 10)),
                List.of(rating(5, 5), rating(5, 5), rating(5, 5), rating(5, 5), rating(5, 5))));
        String deleted = record(session("2019-05-20", "TRAINING", List.of(), List.of(count("POLICE", "MALE", 20)),
                List.of(rating(1, 1), rating(1, 1), rating(1, 1), rating(1, 1), rating(1, 1))));
        trainer.putJson("/api/v1/training/sessions/" + kept, correction(0, "2019-05-11", List.of(count("BORDER_GUARD", "FEMALE", 10),
                count("BORDER_GUARD", "MALE", 5))));

        assertThat(exchange(HttpRequest.DELETE("/api/v1/training/sessions/" + deleted + "?version=0")).code()).isEqualTo(204);

        Map<String, Object> report = trainer.getJson("/api/v1/training/report?from=2019-05-01&to=2019-05-31");
        Map<String, Object> participants = (Map<String, Object>) report.get("participants");
        assertThat(figure(participants.get("total"))).isEqualTo(15);
        assertThat((List<String>) participants.get("rows")).doesNotContain("POLICE");
        assertThat(report.get("effectivePercent")).isEqualTo(100);
        assertThat((Map<String, Object>) report.get("sessionsByType")).containsEntry("TRAINING", 1);
        assertThat(trainer.status(HttpRequest.GET("/api/v1/training/sessions/" + deleted))).isEqualTo(404);
        assertThat(trainer.status(HttpRequest.DELETE("/api/v1/training/sessions/" + deleted))).isEqualTo(404);
    }

    @Test
    void refusesCorrectionsAndDeletionsByEveryoneButTrainers() {
        String id = record(session("2020-09-01", "TRAINING", List.of(), List.of(count("POLICE", "MALE", 5)), List.of()));
        for (String user : List.of("officer.airport", "supervisor")) {
            ApiClient other = new ApiClient(http).as(user);
            assertThat(other.status(HttpRequest.PUT("/api/v1/training/sessions/" + id,
                    correction(0, "2020-09-02", List.of(count("POLICE", "MALE", 6)))))).as(user).isEqualTo(403);
            assertThat(other.status(HttpRequest.DELETE("/api/v1/training/sessions/" + id))).as(user).isEqualTo(403);
        }
        assertThat(trainer.getJson("/api/v1/training/sessions/" + id)).containsEntry("version", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void trainersSeeEachUsersCourseResultsAndNothingElseOfThemAndEachReadIsAuditedWithItsPurpose() {
        OwnUnit.Officer learner = OwnUnit.create(http).officerAccount("course");
        learner.api().postJson("/api/v1/course/modules/interviewing/attempts", Map.of("choices", answers("interviewing", true)));
        learner.api().postJson("/api/v1/course/modules/interpreters/attempts", Map.of("choices", answers("interpreters", true)));
        learner.api().postJson("/api/v1/course/modules/interpreters/attempts", Map.of("choices", answers("interpreters", false)));

        Map<String, Object> results = trainer.getJsonList("/api/v1/training/course-results").stream()
                .filter(l -> learner.username().equals(l.get("username"))).findFirst().orElseThrow();

        assertThat(results).containsOnlyKeys("username", "passed", "modules", "lastScores") // no completion date: not completed
                .containsEntry("passed", 2).containsEntry("modules", library.course("en").modules().size());
        List<Map<String, Object>> last = (List<Map<String, Object>>) results.get("lastScores");
        assertThat(last).extracting(s -> s.get("moduleId")).containsExactlyInAnyOrder("interviewing", "interpreters");
        assertThat(last).filteredOn(s -> s.get("moduleId").equals("interviewing")).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("passed", true).containsEntry("correct", s.get("questions")));
        assertThat(last).filteredOn(s -> s.get("moduleId").equals("interpreters")).singleElement().as("the last attempt, not the best")
                .satisfies(s -> assertThat(s).containsEntry("passed", false).containsEntry("correct", 0));
        sequencer.drain();
        String userId = (String) new ApiClient(http).as("admin").getJsonList("/api/v1/admin/users").stream()
                .filter(u -> learner.username().equals(u.get("username"))).findFirst().orElseThrow().get("id");
        assertThat(new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/entries?record=" + userId))
                .anySatisfy(e -> assertThat(e).containsEntry("action", "READ").containsEntry("recordType", "course_results")
                        .containsEntry("purpose", CourseResults.PURPOSE).containsEntry("actorRole", "TRAINER"));
        assertThat(learner.api().status(HttpRequest.GET("/api/v1/training/course-results"))).isEqualTo(403);
    }

    /** The right answer to every question of a module's quiz, or a wrong one to each. */
    private Map<String, String> answers(String moduleId, boolean right) {
        Map<String, String> choices = new java.util.HashMap<>();
        for (Course.Question question : library.course("en").module(moduleId).orElseThrow().quiz()) {
            String wrong = question.choices().keySet().stream().filter(k -> !k.equals(question.answer())).findFirst().orElseThrow();
            choices.put(question.id(), right ? question.answer() : wrong);
        }
        return choices;
    }

    private HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request) {
        return http.toBlocking().exchange(trainer.authorised(request), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> forms(String session) {
        // an empty list is left out of the JSON
        return (List<Map<String, Object>>) trainer.getJson("/api/v1/training/sessions/" + session).getOrDefault("evaluations", List.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> participants(String from, String to) {
        return (Map<String, Object>) trainer.getJson("/api/v1/training/report?from=" + from + "&to=" + to).get("participants");
    }

    private static Map<String, Object> withId(String id, Map<String, Object> session) {
        Map<String, Object> body = new java.util.HashMap<>(session);
        body.put("id", id);
        return body;
    }

    private static Map<String, Object> correction(long version, String heldOn, List<Map<String, Object>> participants) {
        return Map.of("version", version, "heldOn", heldOn, "place", "Training centre", "type", "TRAINING", "participants", participants);
    }

    private static Map<String, Object> tally(int effectiveness, int substantiveValue, int forms) {
        return Map.of("effectiveness", effectiveness, "substantiveValue", substantiveValue, "forms", forms);
    }

    private String record(Map<String, Object> session) {
        return (String) trainer.postJson("/api/v1/training/sessions", session).get("id");
    }

    private static Map<String, Object> session(String heldOn, String type, List<String> countries, List<Map<String, Object>> participants,
                                               List<Map<String, Object>> evaluations) {
        return Map.of("heldOn", heldOn, "place", "Training centre", "type", type, "countriesVisited", countries,
                "participants", participants, "evaluations", evaluations);
    }

    private static Map<String, Object> count(String service, String sex, int count) {
        return Map.of("service", service, "sex", sex, "count", count);
    }

    private static Map<String, Object> rating(int effectiveness, int substantiveValue) {
        return Map.of("effectiveness", effectiveness, "substantiveValue", substantiveValue);
    }

    @SuppressWarnings("unchecked")
    private static long row(Map<String, Object> table, String row) {
        int index = ((List<String>) table.get("rows")).indexOf(row);
        assertThat(index).as(row).isNotNegative();
        return figure(((List<Object>) table.get("rowTotals")).get(index));
    }

    @SuppressWarnings("unchecked")
    private static long figure(Object figure) {
        return ((Number) ((Map<String, Object>) figure).get("value")).longValue();
    }
}
