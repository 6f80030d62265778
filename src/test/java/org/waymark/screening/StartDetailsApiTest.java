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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The start details of a screening change before its first answer — checked as at start, sealed, audited — and never after. */
@MicronautTest
class StartDetailsApiTest extends DatabaseTest {

    private static final String NEW_NAME = "Halyna Poprawiona";

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
    void changesTheStartDetailsBeforeTheFirstAnswerRecomputingTheProfileAndSealingThePerson() throws Exception {
        String id = start();
        Map<String, Object> details = details(0);
        details.put("ageBand", "UNDER_18");
        details.put("exploitation", "SEXUAL");
        details.put("nationality", "MD");
        details.put("person", Map.of("nameOrAlias", NEW_NAME, "dateOfBirth", LocalDate.now().minusYears(16).toString()));

        Map<String, Object> changed = officer.putJson("/api/v1/screenings/" + id + "/start-details", details);

        assertThat(((Number) changed.get("version")).longValue()).isEqualTo(1);
        Map<String, Object> screening = officer.getJson("/api/v1/screenings/" + id);
        assertThat(screening).containsEntry("profile", "child-sexual").containsEntry("ageBand", "UNDER_18").containsEntry("nationality", "MD");
        assertThat(screening.get("person").toString()).contains(NEW_NAME);
        assertThat(screening.get("assessment").toString()).contains("CHILD_PROTECTION");
        assertThat(column("select personal_data from screening where id = '" + id + "'")).doesNotContain("Halyna");
        sequencer.drain();
        assertThat(count("select count(*) from audit_entry where record_id = '" + id + "' and action = 'UPDATE'"
                + " and purpose = 'start details changed before the first answer' and actor_role = 'OFFICER'")).isEqualTo(1);
        officer.putJson("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work", Map.of("answer", "YES", "expectedVersion", 1));
        assertThat(officer.getJson("/api/v1/screenings/" + id).get("answers").toString()).contains("ctx.works-or-travels-to-work");
    }

    @Test
    void refusesToChangeTheStartDetailsOnceAnAnswerIsRecorded() throws Exception {
        String id = start();
        officer.putJson("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work", Map.of("answer", "NO", "expectedVersion", 0));
        Map<String, Object> details = details(1);
        details.put("ageBand", "UNDER_18");

        Map<String, Object> problem = officer.problem(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", details), 409);

        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:screening.answered");
        assertThat(problem.toString()).doesNotContain("Mariia");
        assertThat(officer.getJson("/api/v1/screenings/" + id)).containsEntry("ageBand", "AGE_25_34").containsEntry("profile", "adult-labour")
                .containsEntry("version", 1);
    }

    @Test
    void refusesBadStartDetailsNamingTheFieldAndChangesNothing() throws Exception {
        String id = start();
        Map<String, Object> future = details(0);
        future.put("ageBand", "UNKNOWN");
        future.put("person", Map.of("nameOrAlias", NEW_NAME, "dateOfBirth", LocalDate.now().plusYears(1).toString()));
        Map<String, Object> checklist = details(0);
        checklist.put("checklist", "no-such-checklist");
        Map<String, Object> noVersion = details(0);
        noVersion.remove("expectedVersion");

        Map<String, Object> problem = officer.problem(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", future), 400);

        assertThat(ApiClient.fields(problem)).containsExactly("person.dateOfBirth");
        assertThat(problem.toString()).doesNotContain(NEW_NAME);
        assertThat(ApiClient.fields(officer.problem(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", checklist), 400)))
                .containsExactly("checklist");
        assertThat(ApiClient.fields(officer.problem(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", noVersion), 400)))
                .containsExactly("expectedVersion");
        Map<String, Object> screening = officer.getJson("/api/v1/screenings/" + id);
        assertThat(screening).containsEntry("version", 0).containsEntry("checklist", "triage");
        assertThat(screening.get("person").toString()).contains("Mariia");
    }

    @Test
    void aChangeAtAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        String id = start();
        Map<String, Object> first = details(0);
        first.put("sex", "MALE");
        officer.putJson("/api/v1/screenings/" + id + "/start-details", first);
        Map<String, Object> stale = details(0);
        stale.put("placeType", "LAND_BORDER");

        Map<String, Object> problem = officer.problem(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", stale), 409);

        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:screening.stale-version");
        assertThat(officer.getJson("/api/v1/screenings/" + id)).containsEntry("sex", "MALE").containsEntry("placeType", "AIRPORT")
                .containsEntry("version", 1);
        new ApiClient(http).as("officer.border").problem(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", details(1)), 404);
    }

    private String start() {
        return (String) officer.postJson("/api/v1/screenings", ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Mariia")).get("id");
    }

    /** The fixture's start request as start details at {@code version}. */
    private static Map<String, Object> details(long version) {
        Map<String, Object> details = ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Mariia");
        details.remove("id");
        details.remove("catalogue");
        details.remove("catalogueVersion");
        details.put("expectedVersion", version);
        return details;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String column(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return new String(rows.getBytes(1), StandardCharsets.ISO_8859_1);
        }
    }
}
