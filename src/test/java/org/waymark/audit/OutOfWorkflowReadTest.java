package org.waymark.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;
import org.waymark.testing.ScreeningBody;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** LED art. 25: a read of a case outside its walk-through needs a justification, and the trail keeps it. */
@MicronautTest
class OutOfWorkflowReadTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aColleagueMustStateWhyAndTheAuditorReadsTheReasonSealedOutsideTheChain() {
        OwnUnit unit = OwnUnit.create(http);
        ApiClient officer = unit.officer("airport");
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of());
        ApiClient colleague = unit.officer("colleague");

        Problem refused = colleague.refusal(HttpRequest.GET("/api/v1/screenings/" + screening), 400);
        ScreeningBody read = colleague.screening(screening, "handover to night shift");

        assertThat(refused.fields()).containsExactly("purpose");
        assertThat(read.id()).isEqualTo(screening);
        assertThat(officer.screening(screening).id()).as("the conducting officer, the same day").isEqualTo(screening);
        ApiClient auditor = new ApiClient(http).as("auditor");
        List<Object> purposes = auditor.getJsonList("/api/v1/audit/records/" + screening).stream()
                .filter(e -> "READ".equals(e.get("action"))).map(e -> e.get("purpose")).toList();
        List<Map<String, Object>> stated = auditor.getJsonList("/api/v1/audit/screenings/" + screening + "/read-purposes");
        assertThat(stated).extracting(p -> p.get("purpose")).containsExactly("handover to night shift");
        assertThat(purposes).as("the chained entry names the sealed words, and holds none of them")
                .contains(stated.get(0).get("auditPurpose")).noneMatch(p -> String.valueOf(p).contains("night shift"));
    }
}
