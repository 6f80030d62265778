package org.waymark.retention;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.referral.PacketRetention;
import org.waymark.screening.ScreeningRetention;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention across capabilities: referrals extend it, legal holds stop it, acknowledged packets go. */
@MicronautTest(transactional = false)
class RetentionWithReferralsTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ScreeningRetention retention;

    @Inject
    PacketRetention packets;

    ApiClient officer;
    ApiClient partner;

    @BeforeEach
    void signIn() {
        officer = new ApiClient(http).as("officer.airport");
        partner = new ApiClient(http).as("partner.ngo");
    }

    @Test
    void aReferredScreeningIsKeptUntilItsReferralsEndedNinetyDaysAgo() {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        String referral = refer(screening);

        retention.run(Instant.now().plus(Duration.ofDays(40)));
        assertThat(purged(screening)).as("the referral is still open").isFalse();

        partner.postJson("/api/v1/inbox/" + referral + "/moves", Map.of("status", "RECEIVED"));
        partner.postJson("/api/v1/inbox/" + referral + "/moves", Map.of("status", "DECLINED", "reason", "outside our region"));
        retention.run(Instant.now().plus(Duration.ofDays(40)));
        assertThat(purged(screening)).as("ended only 40 days before").isFalse();

        retention.run(Instant.now().plus(Duration.ofDays(91)));
        assertThat(purged(screening)).isTrue();
        assertThat(officer.getJson("/api/v1/referrals/" + referral).get("status")).as("the referral's history stays").isEqualTo("DECLINED");
    }

    @Test
    void aHeldScreeningIsSkippedAndReportedUntilTheHoldIsReleased() {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of());
        officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "prosecutor's request 12/2026")));
        assertThat(officer.problem(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "again")), 409).get("type"))
                .isEqualTo("urn:waymark:problem:screening.already-held");

        ScreeningRetention.Report report = retention.run(Instant.now().plus(Duration.ofDays(31)));

        assertThat(report.held()).contains(UUID.fromString(screening));
        assertThat(purged(screening)).isFalse();
        assertThat(officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold/release", Map.of("reason", "case closed"))))
                .isEqualTo(204);
        retention.run(Instant.now().plus(Duration.ofDays(31)));
        assertThat(purged(screening)).isTrue();
    }

    @Test
    void anAcknowledgedPacketIsDeletedAfterItsPeriodAndTheReferralStays() {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        String referral = refer(screening);
        String unacknowledged = refer(CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT")));
        partner.postJson("/api/v1/inbox/" + referral + "/moves", Map.of("status", "RECEIVED"));

        assertThat(packets.deleteDue(Instant.now().plus(Duration.ofDays(29)))).isZero();
        assertThat(packets.deleteDue(Instant.now().plus(Duration.ofDays(31)))).isPositive();

        assertThat(partner.problem(HttpRequest.GET("/api/v1/inbox/" + referral + "/packet"), 409).get("type"))
                .isEqualTo("urn:waymark:problem:referral.packet-deleted");
        assertThat(partner.getBytes("/api/v1/inbox/" + unacknowledged + "/packet")).isNotEmpty();
        assertThat(partner.getJson("/api/v1/inbox/" + referral).get("packetSha256")).isNotNull();
    }

    @Test
    void twoConcurrentPurgesNeverProcessAScreeningTwice() throws Exception {
        List<String> screenings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            screenings.add(CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of()));
        }
        Instant later = Instant.now().plus(Duration.ofDays(31));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ScreeningRetention.Report> a = pool.submit(() -> retention.run(later));
            Future<ScreeningRetention.Report> b = pool.submit(() -> retention.run(later));
            int total = a.get().purged() + b.get().purged();
            assertThat(total + retention.run(later).purged()).isGreaterThanOrEqualTo(screenings.size());
        } finally {
            pool.shutdownNow();
        }
        for (String screening : screenings) {
            assertThat(purged(screening)).isTrue();
            assertThat(new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/records/" + screening))
                    .filteredOn(e -> "PURGE".equals(e.get("action"))).hasSize(1);
        }
    }

    private String refer(String screening) {
        String ngo = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code"))).findFirst().orElseThrow()
                .get("id").toString();
        return (String) officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", ngo)).get("id");
    }

    private boolean purged(String screening) {
        return officer.getJson("/api/v1/screenings/" + screening).get("purgedAt") != null;
    }
}
