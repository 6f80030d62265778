package org.waymark.screening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.waymark.audit.AuditSequencer;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The start of a screening refuses what contradicts itself, and a screening opened by mistake can be discarded before its first answer. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartChecksAndDiscardApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSequencer sequencer;

    ApiClient officer;

    @BeforeAll
    void signInToAUnitOfItsOwn() {
        officer = OwnUnit.create(http).officer("airport");
    }

    @Test
    void refusesADateOfBirthInTheFutureNamingTheFieldAndCreatesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        NewScreening request = NewScreening.adultLabour("A.").id(id).dateOfBirth(LocalDate.now().plusYears(5)).ageBand("UNKNOWN");

        Problem problem = officer.refusal(HttpRequest.POST("/api/v1/screenings", request), 400);

        assertThat(problem.fields()).containsExactly("person.dateOfBirth");
        assertThat(problem.toString()).contains("future");
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();
    }

    @Test
    void refusesADateOfBirthThatContradictsTheAgeBand() throws Exception {
        UUID id = UUID.randomUUID();
        NewScreening child = NewScreening.adultLabour("A.").id(id).ageBand("AGE_25_34").dateOfBirth(LocalDate.now().minusYears(15));

        Problem problem = officer.refusal(HttpRequest.POST("/api/v1/screenings", child), 400);

        assertThat(problem.fields()).containsExactly("person.dateOfBirth");
        assertThat(problem.toString()).contains("AGE_25_34");
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();

        NewScreening matching = NewScreening.adultLabour("A.").ageBand("AGE_25_34").dateOfBirth(LocalDate.now().minusYears(30));
        assertThat(officer.start(matching).profile()).isEqualTo("adult-labour");
    }

    @Test
    void refusesAThreeLetterOrUnknownNationalityInsteadOfShorteningIt() throws Exception {
        for (String nationality : new String[] {"UKR", "XX", "uk"}) {
            UUID id = UUID.randomUUID();
            NewScreening request = NewScreening.adultLabour("A.").id(id).nationality(nationality);

            assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings", request), 400).fields()).as(nationality)
                    .containsExactly("nationality");
            assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();
        }
    }

    @Test
    void discardsAScreeningBeforeItsFirstAnswerDeletingItsPersonalDataAndAuditingTheReason() throws Exception {
        String id = officer.start(NewScreening.adultLabour("Ola Pomyłka")).id();

        assertThat(officer.status(HttpRequest.POST("/api/v1/screenings/" + id + "/discard", Map.of("reason", "OPENED_BY_MISTAKE"))))
                .isEqualTo(204);

        assertThat(count("select count(*) from screening where id = '" + id + "'")).isZero();
        officer.refusal(HttpRequest.GET("/api/v1/screenings/" + id), 404);
        sequencer.drain();
        assertThat(count("select count(*) from audit_entry where record_id = '" + id + "' and action = 'PURGE'"
                + " and purpose = 'discarded before the first answer: OPENED_BY_MISTAKE' and actor_role = 'OFFICER'")).isEqualTo(1);
    }

    @Test
    void refusesToDiscardOnceTheFirstAnswerIsRecorded() throws Exception {
        String id = officer.start(NewScreening.adultLabour("A.")).id();
        officer.putJson("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work", Map.of("answer", "NO", "expectedVersion", 0));

        Problem problem = officer.refusal(HttpRequest.POST("/api/v1/screenings/" + id + "/discard",
                Map.of("reason", "OPENED_BY_MISTAKE")), 409);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:screening.has-answers");
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isEqualTo(1);
        assertThat(officer.screening(id).answered()).contains("ctx.works-or-travels-to-work");
    }

    @Test
    void aDiscardNeedsAReasonFromTheListAndReachesOnlyTheOfficersUnit() throws Exception {
        String id = officer.start(NewScreening.adultLabour("A.")).id();

        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings/" + id + "/discard", Map.of()), 400).fields())
                .containsExactly("reason");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings/" + id + "/discard",
                Map.of("reason", "because")), 400).fields()).containsExactly("reason");
        OwnUnit.create(http).officer("elsewhere").refusal(HttpRequest.POST("/api/v1/screenings/" + id + "/discard",
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
