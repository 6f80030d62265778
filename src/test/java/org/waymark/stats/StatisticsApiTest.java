package org.waymark.stats;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.screening.ScreeningRetention;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class StatisticsApiTest extends DatabaseTest {

    static final String TABLE = "/api/v1/stats/screenings?rows=period&columns=riskLevel&period=year";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ScreeningRetention retention;

    ApiClient supervisor;
    ApiClient officer;

    @BeforeAll
    void fifteenScreenings() {
        officer = OwnUnit.create(http).officer("airport");
        supervisor = new ApiClient(http).as("supervisor");
        for (int i = 0; i < 15; i++) {
            CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова").sex(i < 12 ? "FEMALE" : "MALE")
                    .sector(i < 12 ? "AGRICULTURE" : "CONSTRUCTION"), CompletedScreenings.STRONG_CASE, List.of());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void breaksDownBySectorOfWorkAndNationalityGroup() {
        Map<String, Object> byGroup = supervisor.getJson("/api/v1/stats/screenings?rows=nationalityGroup&period=year");
        assertThat((List<String>) byGroup.get("rows")).as("UA is counted in its group, not by itself").containsExactly("OTHER_EUROPE");
        assertThat(((List<List<Map<String, Object>>>) byGroup.get("cells")).get(0).get(0)).containsEntry("display", "11");

        Map<String, Object> bySector = supervisor.getJson("/api/v1/stats/screenings?rows=sector&period=year");
        assertThat((List<String>) bySector.get("rows")).as("3 in construction: a label below k is not listed by name")
                .containsExactly("AGRICULTURE", "OTHER");
        List<List<Map<String, Object>>> cells = (List<List<Map<String, Object>>>) bySector.get("cells");
        assertThat(cells.get(1).get(0)).as("the 3, under OTHER").containsEntry("display", "< 11");
        assertThat(cells.get(0).get(0)).as("12 in agriculture, hidden too: with the total shown it would give the 3 away")
                .containsEntry("suppressed", true);
        assertThat((Map<String, Object>) bySector.get("total")).containsEntry("display", "11");
        String csv = new String(supervisor.getBytes("/api/v1/stats/screenings?rows=sector&period=year&format=csv"), StandardCharsets.UTF_8);
        assertThat(csv).as("the CSV goes through the same disclosure control").contains("\"OTHER\"").doesNotContain("CONSTRUCTION");
    }

    @Test
    @SuppressWarnings("unchecked")
    void breaksDownByCatalogueVersion() {
        Map<String, Object> byVersion = supervisor.getJson("/api/v1/stats/screenings?rows=catalogueVersion&period=year");
        assertThat((List<String>) byVersion.get("rows")).as("the fixture's screenings all used 1.0.0").containsExactly("1.0.0");
        assertThat(((List<List<Map<String, Object>>>) byVersion.get("cells")).get(0).get(0)).containsEntry("display", "11");
    }

    @Test
    @SuppressWarnings("unchecked")
    void countsScreeningsRoundedDownAndSuppressesSmallCells() {
        Map<String, Object> table = supervisor.getJson(TABLE);

        assertThat((List<String>) table.get("columns")).containsExactly("HIGH");
        Map<String, Object> high = ((List<List<Map<String, Object>>>) table.get("cells")).get(0).get(0);
        assertThat(high).containsEntry("display", "11").containsEntry("suppressed", false);
        Map<String, Object> bySex = supervisor.getJson("/api/v1/stats/screenings?rows=sex&period=year");
        assertThat(bySex.toString()).contains("< 11");
        assertThat(bySex.toString()).doesNotContain("display=3,").doesNotContain("display=12");
    }

    @Test
    void neverCountsTrainingScreenings() {
        Map<String, Object> before = supervisor.getJson(TABLE);
        NewScreening training = NewScreening.adultLabour("Оксана Тестова").training(true);
        CompletedScreenings.complete(officer, training.id(UUID.randomUUID()), CompletedScreenings.STRONG_CASE, List.of());
        for (int i = 0; i < 11; i++) {
            CompletedScreenings.complete(officer, training.id(UUID.randomUUID()), CompletedScreenings.STRONG_CASE, List.of());
        }

        assertThat(supervisor.getJson(TABLE)).isEqualTo(before);
    }

    @Test
    void aPurgeLeavesTheStatisticsExactlyAsTheyWere() {
        Map<String, Object> before = supervisor.getJson("/api/v1/stats/screenings?rows=sex&columns=indicator&period=month");

        retention.run(Instant.now().plus(Duration.ofDays(400)));

        assertThat(supervisor.getJson("/api/v1/stats/screenings?rows=sex&columns=indicator&period=month")).isEqualTo(before);
    }

    @Test
    void exportsCsv() {
        String csv = new String(supervisor.getBytes(TABLE + "&format=csv"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\"period\",\"HIGH\",total\n").contains("\"11\"");
    }

    @Test
    void onlySupervisorsSeeStatisticsAndBadBreakdownsAreNamed() {
        assertThat(officer.status(HttpRequest.GET(TABLE))).isEqualTo(403);
        assertThat(new ApiClient(http).as("admin").status(HttpRequest.GET(TABLE))).isEqualTo(403);
        assertThat(supervisor.refusal(HttpRequest.GET("/api/v1/stats/screenings?rows=name"), 400).fields()).containsExactly("rows");
        assertThat(supervisor.refusal(HttpRequest.GET("/api/v1/stats/referrals?rows=sex"), 400).fields()).containsExactly("rows");
    }

    @Test
    void theProjectionsHoldNoIdentifyingField() throws Exception {
        Set<String> columns = new TreeSet<>();
        try (Connection c = rawConnection(); ResultSet r = c.createStatement().executeQuery(
                "select table_name || '.' || column_name from information_schema.columns where table_name in ('stats_screening', 'stats_referral')")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }

        assertThat(columns).containsExactlyInAnyOrder("stats_screening.month", "stats_screening.region", "stats_screening.place_type",
                "stats_screening.checklist", "stats_screening.catalogue_version", "stats_screening.profile", "stats_screening.age_band", "stats_screening.sex",
                "stats_screening.nationality", "stats_screening.nationality_group", "stats_screening.sector", "stats_screening.risk_level", "stats_screening.outcomes",
                "stats_screening.positive_dimensions", "stats_screening.present_indicators", "stats_referral.month", "stats_referral.region",
                "stats_referral.partner_type", "stats_referral.status", "stats_referral.outcome", "stats_referral.hours_to_acknowledgement",
                "stats_referral.hours_to_closure", "stats_referral.results", "stats_referral.wage_arrears", "stats_referral.joint_inspection");
        try (Connection c = rawConnection(); ResultSet r = c.createStatement().executeQuery(
                "select count(*) from stats_screening where array_to_string(outcomes || present_indicators, ',') ~* 'Оксана|nameOrAlias|note'")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }
}
