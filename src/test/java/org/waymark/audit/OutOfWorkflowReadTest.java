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
        ApiClient officer = new ApiClient(http).as("officer.airport");
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of());
        String unit = (String) officer.getJson("/api/v1/auth/me").get("unitId");
        new ApiClient(http).as("admin").postJson("/api/v1/admin/users", Map.of("username", "officer.colleague", "role", "OFFICER",
                "unitId", unit, "password", "colleague-password-1"));
        ApiClient colleague = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("officer.colleague", "colleague-password-1"));

        Map<String, Object> refused = colleague.problem(HttpRequest.GET("/api/v1/screenings/" + screening), 400);
        Map<String, Object> read = colleague.getJson("/api/v1/screenings/" + screening + "?purpose=handover%20to%20night%20shift");

        assertThat(ApiClient.fields(refused)).containsExactly("purpose");
        assertThat(read.get("id")).isEqualTo(screening);
        assertThat(officer.getJson("/api/v1/screenings/" + screening).get("id")).as("the conducting officer, the same day").isEqualTo(screening);
        ApiClient auditor = new ApiClient(http).as("auditor");
        List<Object> purposes = auditor.getJsonList("/api/v1/audit/records/" + screening).stream()
                .filter(e -> "READ".equals(e.get("action"))).map(e -> e.get("purpose")).toList();
        List<Map<String, Object>> stated = auditor.getJsonList("/api/v1/audit/screenings/" + screening + "/read-purposes");
        assertThat(stated).extracting(p -> p.get("purpose")).containsExactly("handover to night shift");
        assertThat(purposes).as("the chained entry names the sealed words, and holds none of them")
                .contains(stated.get(0).get("auditPurpose")).noneMatch(p -> String.valueOf(p).contains("night shift"));
    }
}
