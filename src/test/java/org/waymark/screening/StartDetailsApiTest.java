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
import org.waymark.testing.ScreeningBody;
import org.waymark.testing.StartDetails;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The start details of a screening change before its first answer — checked as at start, sealed, audited — and never after. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

    @BeforeAll
    void signInToAUnitOfItsOwn() {
        officer = OwnUnit.create(http).officer("airport");
    }

    @Test
    void changesTheStartDetailsBeforeTheFirstAnswerRecomputingTheProfileAndSealingThePerson() throws Exception {
        String id = start();
        StartDetails details = NewScreening.adultLabour(NEW_NAME).ageBand("UNDER_18").exploitation("SEXUAL").nationality("MD")
                .dateOfBirth(LocalDate.now().minusYears(16)).startDetails(0L);

        Map<String, Object> changed = officer.putJson("/api/v1/screenings/" + id + "/start-details", details);

        assertThat(((Number) changed.get("version")).longValue()).isEqualTo(1);
        ScreeningBody screening = officer.screening(id);
        assertThat(screening.profile()).isEqualTo("child-sexual");
        assertThat(screening.ageBand()).isEqualTo("UNDER_18");
        assertThat(screening.nationality()).isEqualTo("MD");
        assertThat(screening.person().nameOrAlias()).isEqualTo(NEW_NAME);
        assertThat(screening.assessment().toString()).contains("CHILD_PROTECTION");
        assertThat(column("select personal_data from screening where id = '" + id + "'")).doesNotContain("Halyna");
        sequencer.drain();
        assertThat(count("select count(*) from audit_entry where record_id = '" + id + "' and action = 'UPDATE'"
                + " and purpose = 'start details changed before the first answer' and actor_role = 'OFFICER'")).isEqualTo(1);
        officer.answer(id, "ctx.works-or-travels-to-work", "YES", 1);
        assertThat(officer.screening(id).answered()).contains("ctx.works-or-travels-to-work");
    }

    @Test
    void refusesToChangeTheStartDetailsOnceAnAnswerIsRecorded() throws Exception {
        String id = start();
        officer.answer(id, "ctx.works-or-travels-to-work", "NO", 0);
        StartDetails details = mariia().ageBand("UNDER_18").startDetails(1L);

        Problem problem = officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", details), 409);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:screening.answered");
        assertThat(problem.toString()).doesNotContain("Mariia");
        ScreeningBody unchanged = officer.screening(id);
        assertThat(unchanged.ageBand()).isEqualTo("AGE_25_34");
        assertThat(unchanged.profile()).isEqualTo("adult-labour");
        assertThat(unchanged.version()).isEqualTo(1);
    }

    @Test
    void refusesBadStartDetailsNamingTheFieldAndChangesNothing() throws Exception {
        String id = start();
        StartDetails future = NewScreening.adultLabour(NEW_NAME).ageBand("UNKNOWN").dateOfBirth(LocalDate.now().plusYears(1)).startDetails(0L);
        StartDetails checklist = mariia().checklist("no-such-checklist").startDetails(0L);
        StartDetails noVersion = mariia().startDetails(null);

        Problem problem = officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", future), 400);

        assertThat(problem.fields()).containsExactly("person.dateOfBirth");
        assertThat(problem.toString()).doesNotContain(NEW_NAME);
        assertThat(officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", checklist), 400).fields())
                .containsExactly("checklist");
        assertThat(officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", noVersion), 400).fields())
                .containsExactly("expectedVersion");
        ScreeningBody screening = officer.screening(id);
        assertThat(screening.version()).isZero();
        assertThat(screening.checklist()).isEqualTo("triage");
        assertThat(screening.person().nameOrAlias()).isEqualTo("Mariia");
    }

    @Test
    void aChangeAtAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        String id = start();
        StartDetails first = mariia().sex("MALE").startDetails(0L);
        officer.putJson("/api/v1/screenings/" + id + "/start-details", first);
        StartDetails stale = mariia().placeType("LAND_BORDER").startDetails(0L);

        Problem problem = officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", stale), 409);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:screening.stale-version");
        ScreeningBody screening = officer.screening(id);
        assertThat(screening.sex()).isEqualTo("MALE");
        assertThat(screening.placeType()).isEqualTo("AIRPORT");
        assertThat(screening.version()).isEqualTo(1);
        OwnUnit.create(http).officer("elsewhere").refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/start-details", mariia().startDetails(1L)), 404);
    }

    private String start() {
        return officer.start(mariia()).id();
    }

    /** The screening every test starts, and changes the start details of. */
    private static NewScreening mariia() {
        return NewScreening.adultLabour("Mariia");
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
