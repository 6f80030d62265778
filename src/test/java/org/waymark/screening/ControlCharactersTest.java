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
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A NUL or another control character in a typed reason, purpose or representative is a 400 naming the field, and changes nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharactersTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditSequencer sequencer;

    private static final String NAME = "Оксана Тестова";

    ApiClient officer;
    ApiClient partner;
    ApiClient auditor;

    @BeforeAll
    void signIn() {
        officer = OwnUnit.create(http).officer("airport");
        partner = new ApiClient(http).as("partner.ngo");
        auditor = new ApiClient(http).as("auditor");
    }

    @Test
    void aReopenReasonWithANulIsRefusedAndTheScreeningStaysCompleted() {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, List.of());
        Map<String, Object> before = state(screening);

        refused(HttpRequest.POST("/api/v1/screenings/" + screening + "/reopen", Map.of("reason", "the person \u0000 remembered more")), "reason");

        assertThat(state(screening)).isEqualTo(before);
    }

    @Test
    void aHoldOrReleaseReasonWithAControlCharacterIsRefusedAndTheHoldUnchanged() {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, List.of());
        int entries = entries(screening);

        refused(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "prosecutor\u0000 request")), "reason");
        assertThat(officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold/release", Map.of("reason", "never held"))))
                .as("no hold was placed").isEqualTo(409);
        officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "prosecutor's request")));
        refused(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold/release", Map.of("reason", "case\u001b[2J closed")), "reason");

        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "again")), 409).type())
                .as("the hold is still in place").isEqualTo("urn:waymark:problem:screening.already-held");
        assertThat(entries(screening)).as("only the one hold was audited").isEqualTo(entries + 1);
    }

    @Test
    void aRepresentativeWithANulIsRefusedAndNoConsentIsRecorded() {
        String screening = officer.start(NewScreening.adultLabour("Anna")).id();

        refused(HttpRequest.POST("/api/v1/screenings/" + screening + "/consents", Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN",
                "told", CompletedScreenings.TOLD_ALL, "representative", "aunt\u0000")), "representative");

        assertThat(officer.screening(screening).consents()).isNullOrEmpty();
    }

    @Test
    void aReadPurposeWithANulIsRefusedAndTheReadNotAudited() {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, List.of());
        int entries = entries(screening);

        refused(HttpRequest.GET("/api/v1/screenings/" + screening + "?purpose=handover%00night"), "purpose");

        assertThat(entries(screening)).isEqualTo(entries);
    }

    @Test
    void aReferralReasonWithANulIsRefusedOnBothSidesAndTheReferralDoesNotMove() {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        String ngo = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code"))).findFirst().orElseThrow()
                .get("id").toString();
        String referral = (String) officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", ngo)).get("id");

        refused(HttpRequest.POST("/api/v1/referrals/" + referral + "/moves", Map.of("status", "REVOKED", "reason", "wrong\u0000 partner")), "reason");
        partner.postJson("/api/v1/inbox/" + referral + "/moves", Map.of("status", "RECEIVED"));
        Problem problem = partner.refusal(HttpRequest.POST("/api/v1/inbox/" + referral + "/moves",
                Map.of("status", "DECLINED", "reason", "outside\u0007 our region")), 400);

        assertThat(problem.fields()).containsExactly("reason");
        assertThat(problem.toString()).doesNotContain("outside");
        assertThat(officer.getJson("/api/v1/referrals/" + referral).get("status")).isEqualTo("RECEIVED");
    }

    private void refused(io.micronaut.http.MutableHttpRequest<?> request, String field) {
        Problem problem = officer.refusal(request, 400);
        assertThat(problem.fields()).containsExactly(field);
        assertThat(problem.toString()).doesNotContain("\u0000").doesNotContain("remembered", "prosecutor", "aunt", "handover", "wrong");
    }

    private Map<String, Object> state(String screening) {
        return officer.getJsonList("/api/v1/screenings").stream().filter(s -> screening.equals(s.get("id"))).findFirst().orElseThrow();
    }

    private int entries(String screening) {
        sequencer.drain();
        return auditor.getJsonList("/api/v1/audit/records/" + screening).size();
    }
}
