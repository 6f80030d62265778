package org.waymark.stats;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Differentially private releases over the API: drawn once per window of data, budget per supervisor and per scope. */
@MicronautTest(transactional = false)
class PrivateReleasesTest extends DatabaseTest {

    static final String RELEASES = "/api/v1/stats/releases/screenings?";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient supervisor;
    ApiClient otherSupervisor;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.stats.dp.epsilon", "0.5", "waymark.stats.dp.budget-per-quarter", "1.0");
    }

    @BeforeAll
    void fifteenScreeningsAndTwoSupervisors() {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        for (int i = 0; i < 15; i++) {
            CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова").sex(i < 12 ? "FEMALE" : "MALE")
                    .sector(i < 12 ? "AGRICULTURE" : "CONSTRUCTION"), CompletedScreenings.STRONG_CASE, List.of());
        }
        supervisor = new ApiClient(http).as("supervisor");
        new ApiClient(http).as("admin").postJson("/api/v1/admin/users", Map.of("username", "supervisor.second", "role", "SUPERVISOR",
                "password", "second-supervisor-password"));
        otherSupervisor = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("supervisor.second", "second-supervisor-password"));
    }

    @Test
    void aWindowReachingIntoTheFutureOrBeforeAnyDataIsTheSameReleaseAndSpendsNothingMore() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String table = RELEASES + "rows=period&columns=riskLevel&period=year";
        Map<String, Object> drawn = supervisor.getJson(table + "&to=" + now);
        Map<String, Object> nextYear = supervisor.getJson(table + "&to=" + now.plusYears(1));
        Map<String, Object> wider = supervisor.getJson(table + "&from=2000-01&to=" + now.plusYears(1));

        assertThat(drawn).containsEntry("cached", false).containsEntry("epsilon", 0.5).containsEntry("budgetLeft", 0.5)
                .containsEntry("from", now.toString()).containsEntry("to", now.toString()).containsEntry("scope", "SCREENINGS|PERIOD|RISK_LEVEL");
        for (Map<String, Object> same : List.of(nextYear, wider)) {
            assertThat(same).containsEntry("cached", true).containsEntry("budgetLeft", 0.5).containsEntry("releasedAt", drawn.get("releasedAt"));
            assertThat(same.get("table")).isEqualTo(drawn.get("table"));
        }
    }

    @Test
    void thePeriodGranularityMakesNoNewReleaseOfATableThatIsNotByPeriod() {
        Map<String, Object> byYear = supervisor.getJson(RELEASES + "rows=checklist&period=year");
        Map<String, Object> byMonth = supervisor.getJson(RELEASES + "rows=checklist&period=month");

        assertThat(byMonth).containsEntry("cached", true).containsEntry("budgetLeft", byYear.get("budgetLeft"));
        assertThat(byMonth.get("table")).isEqualTo(byYear.get("table"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWindowWithoutDataIsAnEmptyReleaseThatSpendsNothing() {
        Map<String, Object> empty = supervisor.getJson(RELEASES + "rows=region&from=2000-01&to=2000-12");

        assertThat(empty).containsEntry("epsilon", 0.0).containsEntry("budgetLeft", 1.0).doesNotContainKey("from");
        assertThat((Map<String, Object>) ((Map<String, Object>) empty.get("table")).get("total")).containsEntry("suppressed", true);
        assertThat(supervisor.getJson(RELEASES + "rows=region")).containsEntry("cached", false).containsEntry("budgetLeft", 0.5);
    }

    @Test
    void oneSupervisorExhaustingTheBudgetOfAScopeLeavesOtherScopesAndOtherSupervisorsTheirOwn() {
        String byYear = RELEASES + "rows=sex&columns=period&period=year";
        Map<String, Object> first = supervisor.getJson(byYear);
        Map<String, Object> transposed = supervisor.getJson(RELEASES + "rows=period&columns=sex&period=year");
        Problem refused = supervisor.refusal(HttpRequest.GET(RELEASES + "rows=sex&columns=period&period=month"), 409);

        assertThat(first).containsEntry("cached", false).containsEntry("budgetLeft", 0.5);
        assertThat(transposed).as("the same breakdowns in the other order: the same scope")
                .containsEntry("cached", false).containsEntry("budgetLeft", 0.0).containsEntry("scope", "SCREENINGS|PERIOD|SEX");
        assertThat(refused.type()).isEqualTo("urn:waymark:problem:stats.privacy-budget-exhausted");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("SCREENINGS|PERIOD|SEX").contains("resets");
        assertThat(supervisor.getJson(byYear)).as("earlier releases stay available").containsEntry("cached", true)
                .containsEntry("table", first.get("table"));
        assertThat(supervisor.getJson(RELEASES + "rows=ageBand")).as("another scope has its own budget")
                .containsEntry("cached", false).containsEntry("budgetLeft", 0.5);

        assertThat(otherSupervisor.getJson(byYear)).as("a stored release costs another supervisor nothing")
                .containsEntry("cached", true).containsEntry("budgetLeft", 1.0).containsEntry("table", first.get("table"));
        assertThat(otherSupervisor.getJson(RELEASES + "rows=sex&columns=period&period=month")).as("another supervisor has their own budget")
                .containsEntry("cached", false).containsEntry("budgetLeft", 0.5);
    }

    @Test
    void aBadReleaseRequestIsAProblemNamingTheFieldAndSpendsNothing() {
        assertThat(supervisor.refusal(HttpRequest.GET(RELEASES + "rows=nationality&from=2026-05&to=2026-01"), 400).fields())
                .containsExactly("from");
        assertThat(supervisor.refusal(HttpRequest.GET(RELEASES + "rows=partnerType"), 400).fields()).containsExactly("rows");
        assertThat(supervisor.getJson(RELEASES + "rows=nationality")).containsEntry("cached", false).containsEntry("budgetLeft", 0.5);
    }

    @Test
    void aPrivateReleaseNeverNamesACategoryBelowK() {
        Map<String, Object> bySector = supervisor.getJson(RELEASES + "rows=sector");

        assertThat(bySector.toString()).as("3 in construction, merged before the noise").doesNotContain("CONSTRUCTION").contains("OTHER");
    }
}
