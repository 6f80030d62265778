package org.waymark.screening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false) // purgeDue must commit, as it does when the scheduler runs it
class ScreeningRetentionTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ScreeningRetention retention;

    @Test
    @SuppressWarnings("unchecked")
    void cryptoShredsScreeningsPastRetentionAndKeepsTheDeIdentifiedRest() throws Exception {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String old = start(officer, "Anna Przeterminowana");
        officer.putJson("/api/v1/screenings/" + old + "/answers/ctx.works-or-travels-to-work",
                Map.of("answer", "YES", "note", "met at the bus station", "expectedVersion", 0));
        String recent = start(officer, "Basia Aktualna");
        try (Connection c = rawConnection()) {
            c.createStatement().execute("update screening set updated_at = now() - interval '40 days' where id = '" + old + "'");
        }

        assertThat(retention.purgeDue(Instant.now())).isEqualTo(1);

        try (Connection c = rawConnection(); ResultSet row = c.createStatement().executeQuery(
                "select wrapped_key, personal_data, purged_at, nationality, (select count(*) from screening_answer where screening_id = s.id and note is not null) "
                        + "from screening s where id = '" + old + "'")) {
            row.next();
            assertThat(row.getBytes(1)).as("data key destroyed").isNull();
            assertThat(row.getBytes(2)).as("personal data gone").isNull();
            assertThat(row.getTimestamp(3)).isNotNull();
            assertThat(row.getString(4)).as("de-identified fields stay").isEqualTo("UA");
            assertThat(row.getLong(5)).as("notes gone").isZero();
        }
        Map<String, Object> purged = officer.getJson("/api/v1/screenings/" + old);
        assertThat(purged.toString()).doesNotContain("Przeterminowana").doesNotContain("bus station");
        assertThat(purged.get("purgedAt")).isNotNull();
        assertThat(purged.get("answers").toString()).contains("ctx.works-or-travels-to-work");
        assertThat(officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + old + "/answers/d4.low-or-no-salary",
                Map.of("answer", "YES", "expectedVersion", 1)), 409).type()).isEqualTo("urn:waymark:problem:screening.purged");

        assertThat(officer.screening(recent).person().nameOrAlias()).isEqualTo("Basia Aktualna");
        List<Map<String, Object>> log = new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/records/" + old);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("PURGE");
            assertThat(e.get("actorRole")).isEqualTo("SYSTEM");
        });
        assertThat(retention.purgeDue(Instant.now())).as("nothing is purged twice").isZero();
    }

    private static String start(ApiClient officer, String name) {
        return officer.start(NewScreening.adultLabour(name)).id();
    }
}
