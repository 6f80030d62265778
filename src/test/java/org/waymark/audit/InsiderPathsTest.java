package org.waymark.audit;

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

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paths by which an insider could reach a victim's identity without a trace (issue "Insiders and lockouts",
 * findings 1 and 3): a colleague of the same unit changing or retrying, a guess tested through a retried start, and a
 * hash that outlives the purge. Only the gated read returns personal data, and it is audited with its purpose.
 */
@MicronautTest
class InsiderPathsTest extends DatabaseTest {

    private static final String CANARY = "Kanarek Zielonogórski";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient conductor;
    ApiClient colleague;
    ApiClient auditor;

    @BeforeAll
    void colleagueOfTheSameUnit() {
        OwnUnit unit = OwnUnit.create(http);
        conductor = unit.officer("conductor");
        auditor = new ApiClient(http).as("auditor");
        colleague = unit.officer("insider");
    }

    @Test
    void aColleaguesRetriedCompletionOrConsentReturnsNoPersonalData() {
        String id = CompletedScreenings.complete(conductor, NewScreening.adultLabour(CANARY).document(null, "KZ0000001"),
                CompletedScreenings.STRONG_CASE, List.of());
        long version = ((Number) conductor.getJsonList("/api/v1/screenings").stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow().get("version")).longValue();
        int before = auditor.getJsonList("/api/v1/audit/records/" + id).size();

        Map<String, Object> retried = colleague.postJson("/api/v1/screenings/" + id + "/complete", Map.of("expectedVersion", version - 1));
        Map<String, Object> consent = colleague.postJson("/api/v1/screenings/" + id + "/consents",
                Map.of("purpose", "RESEARCH", "status", "REFUSED", "told", CompletedScreenings.TOLD_ALL));

        assertThat(retried.toString()).doesNotContain(CANARY).doesNotContain("KZ0000001");
        assertThat(retried).doesNotContainKey("person").containsEntry("status", "COMPLETED");
        assertThat(consent.toString()).doesNotContain(CANARY).doesNotContain("KZ0000001");
        assertThat(colleague.refusal(HttpRequest.GET("/api/v1/screenings/" + id), 400).toString()).contains("purpose");
        List<Map<String, Object>> entries = auditor.getJsonList("/api/v1/audit/records/" + id);
        assertThat(entries.subList(before, entries.size())).extracting(e -> e.get("action")).doesNotContain("READ");

        assertThat(colleague.screening(id, "follow-up of the referral").person().nameOrAlias()).isEqualTo(CANARY);
        List<Map<String, Object>> after = auditor.getJsonList("/api/v1/audit/records/" + id);
        assertThat(after.get(after.size() - 1)).containsEntry("action", "READ");
        assertThat(auditor.getJsonList("/api/v1/audit/screenings/" + id + "/read-purposes"))
                .filteredOn(p -> p.get("auditPurpose").equals(after.get(after.size() - 1).get("purpose")))
                .extracting(p -> p.get("purpose")).containsExactly("follow-up of the referral");
    }

    @Test
    void aRetriedStartCannotTestAGuessAtThePersonAndAnswersWithoutPersonalData() {
        UUID id = UUID.randomUUID();
        NewScreening request = NewScreening.adultLabour(CANARY).id(id);
        conductor.start(request);

        NewScreening exact = NewScreening.adultLabour(CANARY).id(id);
        NewScreening wrong = NewScreening.adultLabour(CANARY + "x").id(id);
        int exactStatus = colleague.status(HttpRequest.POST("/api/v1/screenings", exact));
        int wrongStatus = colleague.status(HttpRequest.POST("/api/v1/screenings", wrong));
        assertThat(exactStatus).as("a right and a wrong guess are answered alike").isEqualTo(wrongStatus).isEqualTo(200);
        assertThat(colleague.postJson("/api/v1/screenings", wrong).toString()).doesNotContain(CANARY);

        NewScreening otherChecklist = exact.checklist("full-interview");
        assertThat(colleague.refusal(HttpRequest.POST("/api/v1/screenings", otherChecklist), 409).type()).contains("id-in-use");
        ApiClient otherUnit = OwnUnit.create(http).officer("elsewhere");
        assertThat(otherUnit.refusal(HttpRequest.POST("/api/v1/screenings", exact), 409).type())
                .as("another unit's id is a conflict, not a 500").contains("id-in-use");
    }

    @Test
    void theStoredRequestHashHoldsNothingOfThePerson() throws Exception {
        UUID id = UUID.randomUUID();
        conductor.start(NewScreening.adultLabour(CANARY).id(id));
        String stored = requestHash(id);
        try (Connection c = rawConnection()) {
            c.createStatement().execute("delete from screening where id = '" + id + "'");
        }
        conductor.start(NewScreening.adultLabour("Someone Else Entirely").id(id));
        assertThat(requestHash(id)).as("the same request for another person stores the same hash: it holds nothing of the person")
                .isEqualTo(stored);
    }

    private String requestHash(UUID id) throws Exception {
        try (Connection c = rawConnection(); ResultSet r = c.createStatement().executeQuery("select request_hash from screening where id = '" + id + "'")) {
            r.next();
            return r.getString(1);
        }
    }
}
