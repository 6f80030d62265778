package org.waymark.training;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.pdf.PdfAValidation;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.Problem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme indicators API: trainers only, every bad field named, and a report that adds up to what was recorded. */
@MicronautTest
class ProgrammeApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

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
