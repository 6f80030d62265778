package org.waymark.screening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.audit.AuditSequencer;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.ScreeningFixture;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The start of a screening refuses what contradicts itself, and a screening opened by mistake can be discarded before its first answer. */
@MicronautTest
class StartChecksAndDiscardApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSequencer sequencer;

    ApiClient officer;

    @BeforeEach
    void signIn() {
        officer = new ApiClient(http).as("officer.airport");
    }

    @Test
    void refusesADateOfBirthInTheFutureNamingTheFieldAndCreatesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> request = ScreeningFixture.startRequest(id, "triage", "A.");
        request.put("person", Map.of("nameOrAlias", "A.", "dateOfBirth", LocalDate.now().plusYears(5).toString()));
        request.put("ageBand", "UNKNOWN");

        Map<String, Object> problem = officer.problem(HttpRequest.POST("/api/v1/screenings", request), 400);

        assertThat(ApiClient.fields(problem)).containsExactly("person.dateOfBirth");
        assertThat(problem.toString()).contains("future");
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();
    }

    @Test
    void refusesADateOfBirthThatContradictsTheAgeBand() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> child = ScreeningFixture.startRequest(id, "triage", "A.");
        child.put("ageBand", "AGE_25_34");
        child.put("person", Map.of("nameOrAlias", "A.", "dateOfBirth", LocalDate.now().minusYears(15).toString()));

        Map<String, Object> problem = officer.problem(HttpRequest.POST("/api/v1/screenings", child), 400);

        assertThat(ApiClient.fields(problem)).containsExactly("person.dateOfBirth");
        assertThat(problem.toString()).contains("AGE_25_34");
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();

        Map<String, Object> matching = ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "A.");
        matching.put("ageBand", "AGE_25_34");
        matching.put("person", Map.of("nameOrAlias", "A.", "dateOfBirth", LocalDate.now().minusYears(30).toString()));
        assertThat(officer.postJson("/api/v1/screenings", matching)).containsEntry("profile", "adult-labour");
    }

    @Test
    void refusesAThreeLetterOrUnknownNationalityInsteadOfShorteningIt() throws Exception {
        for (String nationality : new String[] {"UKR", "XX", "uk"}) {
            UUID id = UUID.randomUUID();
            Map<String, Object> request = ScreeningFixture.startRequest(id, "triage", "A.");
            request.put("nationality", nationality);

            assertThat(ApiClient.fields(officer.problem(HttpRequest.POST("/api/v1/screenings", request), 400))).as(nationality)
                    .containsExactly("nationality");
            assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();
        }
    }

    @Test
    void discardsAScreeningBeforeItsFirstAnswerDeletingItsPersonalDataAndAuditingTheReason() throws Exception {
        String id = (String) officer.postJson("/api/v1/screenings", ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Ola Pomyłka"))
                .get("id");

        assertThat(officer.status(HttpRequest.POST("/api/v1/screenings/" + id + "/discard", Map.of("reason", "OPENED_BY_MISTAKE"))))
                .isEqualTo(204);

        assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();
        officer.problem(HttpRequest.GET("/api/v1/screenings/" + id), 404);
        sequencer.drain();
        assertThat(count("select count(*) from audit_entry where record_id = '" + id + "' and action = 'PURGE'"
                + " and purpose = 'discarded before the first answer: OPENED_BY_MISTAKE' and actor_role = 'OFFICER'")).isEqualTo(1);
    }

    @Test
    void refusesToDiscardOnceTheFirstAnswerIsRecorded() throws Exception {
        String id = (String) officer.postJson("/api/v1/screenings", ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "A.")).get("id");
        officer.putJson("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work", Map.of("answer", "NO", "expectedVersion", 0));

        Map<String, Object> problem = officer.problem(HttpRequest.POST("/api/v1/screenings/" + id + "/discard",
                Map.of("reason", "OPENED_BY_MISTAKE")), 409);

        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:screening.has-answers");
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isEqualTo(1);
        assertThat(officer.getJson("/api/v1/screenings/" + id).get("answers").toString()).contains("ctx.works-or-travels-to-work");
    }

    @Test
    void aDiscardNeedsAReasonFromTheListAndReachesOnlyTheOfficersUnit() throws Exception {
        String id = (String) officer.postJson("/api/v1/screenings", ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "A.")).get("id");

        assertThat(ApiClient.fields(officer.problem(HttpRequest.POST("/api/v1/screenings/" + id + "/discard", Map.of()), 400)))
                .containsExactly("reason");
        assertThat(ApiClient.fields(officer.problem(HttpRequest.POST("/api/v1/screenings/" + id + "/discard",
                Map.of("reason", "because")), 400))).containsExactly("reason");
        new ApiClient(http).as("officer.border").problem(HttpRequest.POST("/api/v1/screenings/" + id + "/discard",
                Map.of("reason", "OPENED_BY_MISTAKE")), 404);

        assertThat(count("select count(*) from screening where id = '" + id + "'")).isEqualTo(1);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
