package org.waymark.scoring.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.Problem;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ScoringApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(http).as("trainer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWhatIfWithoutVersionUsesTheLatestCatalogueAndReadsEachAnswerThroughItsQuestion() {
        Map<String, Object> result = api.postJson("/api/v1/scoring/evaluate", Map.of("catalogue", "waymark-indicators", "profile", "adult-labour",
                "answers", Map.of("q.d4.paid-for-all", "NO", "q.fl.can-leave-job", "YES", "q.d5.threat-report", "YES")));
        assertThat(result.get("catalogue")).isEqualTo("waymark-indicators@2.0.0");
        Map<String, Object> forcedLabour = (Map<String, Object>) result.get("forcedLabour");
        assertThat((Map<String, Object>) forcedLabour.get("involuntariness")).containsOnlyKeys("inv.very-low-or-no-wages");
        assertThat(forcedLabour.get("indicated")).isEqualTo(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaluatesAWhatIfAndExplainsIt() {
        Map<String, Object> result = api.postJson("/api/v1/scoring/evaluate", Map.of(
                "catalogue", "waymark-indicators", "version", "1.0.0",
                "profile", "adult-labour",
                "answers", Map.of("d1.deceived-nature-of-job", "YES", "d1.deceived-wages", "YES", "d4.excessive-working-hours", "YES",
                        "d4.low-or-no-salary", "YES", "d5.confiscation-of-documents", "YES", "d5.debt-bondage", "YES", "d6.economic-reasons", "UNKNOWN")));
        assertThat(result.get("catalogue")).isEqualTo("waymark-indicators@1.0.0");
        assertThat(result.get("riskLevel")).isEqualTo("HIGH");
        assertThat((List<String>) result.get("outcomes")).contains("TRAFFICKING_INDICATED", "FORCED_LABOUR_INDICATED");
        assertThat(result.get("routes").toString()).contains("VICTIM_SUPPORT_NGO").contains("LABOUR_INSPECTORATE");
        assertThat(((Map<String, List<String>>) result.get("explanation")).get("pl")).isNotEmpty();
        assertThat(result.get("dimensions").toString()).contains("two-strong");
    }

    @Test
    void usesTheRequestedVersion() {
        Map<String, Object> result = api.postJson("/api/v1/scoring/evaluate", Map.of(
                "catalogue", "waymark-indicators", "version", "1.0.0", "profile", "child-labour", "answers", Map.of()));
        assertThat(result.get("urgentFlags").toString()).contains("MINOR");
    }

    @Test
    void refusesAnUnknownIndicatorNamingTheField() {
        Problem problem = api.refusal(post(Map.of("catalogue", "waymark-indicators", "profile", "adult-labour",
                "answers", Map.of("d5.not-an-indicator", "YES"))), 400);
        assertThat(problem.fields()).containsExactly("answers.d5.not-an-indicator");
    }

    @Test
    void refusesAProfileTheCatalogueLacks() {
        Problem problem = api.refusal(post(Map.of("catalogue", "waymark-indicators", "profile", "adult-mining", "answers", Map.of())), 400);
        assertThat(problem.fields()).containsExactly("profile");
    }

    @Test
    void refusesAnAnswerOutsideYesNoUnknownDeclined() {
        Problem problem = api.refusal(post(Map.of("catalogue", "waymark-indicators", "profile", "adult-labour",
                "answers", Map.of("d5.violence", "MAYBE"))), 400);
        assertThat(problem.fields()).containsExactly("answers[d5.violence]");
    }

    @Test
    void refusesAnUnknownCatalogueOrVersion() {
        assertThat(api.refusal(post(Map.of("catalogue", "other", "profile", "adult-labour", "answers", Map.of())), 400).fields())
                .containsExactly("catalogue");
        assertThat(api.refusal(post(Map.of("catalogue", "waymark-indicators", "version", "0.1.0",
                "profile", "adult-labour", "answers", Map.of())), 400).fields()).containsExactly("version");
    }

    @Test
    void refusesAMissingProfileAndAnswers() {
        Problem problem = api.refusal(post(Map.of("catalogue", "waymark-indicators")), 400);
        assertThat(problem.fields()).contains("profile", "answers");
    }

    private static io.micronaut.http.MutableHttpRequest<?> post(Object body) {
        return HttpRequest.POST("/api/v1/scoring/evaluate", body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
