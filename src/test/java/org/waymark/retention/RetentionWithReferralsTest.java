package org.waymark.retention;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.referral.OverdueReferrals;
import org.waymark.referral.PacketRetention;
import org.waymark.screening.ScreeningRetention;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ReferralBody;
import org.waymark.testing.ReferralMove;

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

/**
 * Retention across capabilities: referrals extend it up to a hard limit, legal holds stop it, packets go when acknowledged,
 * ended, never acknowledged or past the limit, and stalled referrals are listed for supervisors.
 */
@MicronautTest(transactional = false)
class RetentionWithReferralsTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ScreeningRetention retention;

    @Inject
    PacketRetention packets;

    @Inject
    OverdueReferrals overdue;

    OwnUnit unit;
    ApiClient officer;
    ApiClient partner;

    @BeforeEach
    void signIn() {
        unit = OwnUnit.create(http);
        officer = unit.officer("airport");
        partner = new ApiClient(http).as("partner.ngo");
    }

    @Test
    void aReferredScreeningIsKeptUntilItsReferralsEndedNinetyDaysAgo() {
        String screening = completed(List.of("NGO_SUPPORT"));
        String referral = refer(screening);

        retention.run(Instant.now().plus(Duration.ofDays(40)));
        assertThat(purged(screening)).as("the referral is still open").isFalse();

        partner.moveAsPartner(referral, ReferralMove.to("RECEIVED"));
        partner.moveAsPartner(referral, ReferralMove.to("DECLINED").reason("outside our region"));
        retention.run(Instant.now().plus(Duration.ofDays(40)));
        assertThat(purged(screening)).as("ended only 40 days before").isFalse();

        retention.run(Instant.now().plus(Duration.ofDays(91)));
        assertThat(purged(screening)).isTrue();
        assertThat(officer.referral(referral).status()).as("the referral's history stays").isEqualTo("DECLINED");
    }

    @Test
    void aHeldScreeningIsSkippedAndReportedUntilTheHoldIsReleased() {
        String screening = completed(List.of());
        officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "prosecutor's request 12/2026")));
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "again")), 409).type())
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
        String screening = completed(List.of("NGO_SUPPORT"));
        String referral = refer(screening);
        partner.moveAsPartner(referral, ReferralMove.to("RECEIVED"));

        packets.deleteDue(Instant.now().plus(Duration.ofDays(29)));
        assertThat(partner.getBytes("/api/v1/inbox/" + referral + "/packet")).as("acknowledged only 29 days before").isNotEmpty();
        assertThat(packets.deleteDue(Instant.now().plus(Duration.ofDays(31)))).isPositive();

        assertThat(partner.refusal(HttpRequest.GET("/api/v1/inbox/" + referral + "/packet"), 409).type())
                .isEqualTo("urn:waymark:problem:referral.packet-deleted");
        assertThat(partner.inboxItem(referral).packetSha256()).isNotNull();
        assertThat(purposes(referral)).containsOnlyOnce("packet retention");
    }

    @Test
    void anEndedReferralsPacketIsDeletedAfterItsRetentionPeriodAndNotBefore() throws Exception {
        String declined = refer(completed(List.of("NGO_SUPPORT")));
        partner.moveAsPartner(declined, ReferralMove.to("RECEIVED"));
        partner.moveAsPartner(declined, ReferralMove.to("DECLINED").reason("outside our region"));
        String revoked = refer(completed(List.of("NGO_SUPPORT")));
        officer.revoke(revoked, "wrong partner");

        assertThat(partner.refusal(HttpRequest.GET("/api/v1/inbox/" + revoked + "/packet"), 409).type())
                .as("a withdrawn packet is refused at once").isEqualTo("urn:waymark:problem:referral.revoked");
        packets.deleteDue(Instant.now().plus(Duration.ofDays(6)));
        assertThat(partner.getBytes("/api/v1/inbox/" + declined + "/packet")).as("ended only 6 days before").isNotEmpty();
        assertThat(packetHeld(revoked)).isTrue();

        Instant later = Instant.now().plus(Duration.ofDays(8));
        packets.deleteDue(later);
        packets.deleteDue(later);

        assertThat(partner.refusal(HttpRequest.GET("/api/v1/inbox/" + declined + "/packet"), 409).type())
                .isEqualTo("urn:waymark:problem:referral.packet-deleted");
        assertThat(packetHeld(revoked)).isFalse();
        assertThat(purposes(declined)).as("audited once, however often the job runs").containsOnlyOnce("packet retention: referral ended");
        assertThat(purposes(revoked)).containsOnlyOnce("packet retention: referral ended");
        assertThat(officer.referral(declined).status()).isEqualTo("DECLINED");
    }

    @Test
    void aPacketNeverAcknowledgedIsDeletedAfterItsLimit() {
        String referral = refer(completed(List.of("NGO_SUPPORT")));

        packets.deleteDue(Instant.now().plus(Duration.ofDays(29)));
        assertThat(partner.getBytes("/api/v1/inbox/" + referral + "/packet")).isNotEmpty();
        packets.deleteDue(Instant.now().plus(Duration.ofDays(31)));

        assertThat(partner.refusal(HttpRequest.GET("/api/v1/inbox/" + referral + "/packet"), 409).type())
                .isEqualTo("urn:waymark:problem:referral.packet-deleted");
        assertThat(purposes(referral)).containsOnlyOnce("packet retention: never acknowledged");
        assertThat(partner.inboxItem(referral).status()).as("the partner still sees the referral").isEqualTo("SENT");
    }

    @Test
    void aStalledReferralIsListedForSupervisorsWithoutPersonalDataAndNotForAnOfficerOfAnotherUnit() throws Exception {
        String referral = refer(completed(List.of("NGO_SUPPORT")));
        String caseReference = officer.referral(referral).caseReference();
        ApiClient supervisor = new ApiClient(http).as("supervisor");
        assertThat(supervisor.getJsonList("/api/v1/supervisor/overdue-referrals")).extracting(r -> r.get("caseReference"))
                .as("sent just now").doesNotContain(caseReference);

        backdate(referral, 20, true);

        Map<String, Object> listed = supervisor.getJsonList("/api/v1/supervisor/overdue-referrals").stream()
                .filter(r -> caseReference.equals(r.get("caseReference"))).findFirst().orElseThrow();
        assertThat(listed).containsEntry("status", "SENT").containsEntry("unitCode", unit.code()).containsEntry("packetDeleted", false).containsEntry("pastOpenLimit", false);
        assertThat(((Number) listed.get("daysWithoutMove")).longValue()).isEqualTo(20);
        assertThat(listed.keySet()).containsExactlyInAnyOrder("caseReference", "unitCode", "unitName", "partnerName", "partnerType",
                "status", "urgency", "sentAt", "lastMoveAt", "daysWithoutMove", "packetDeleted", "pastOpenLimit");
        assertThat(listed.toString()).doesNotContain("Оксана").doesNotContain(referral);
        assertThat(OwnUnit.create(http).officer("border").status(HttpRequest.GET("/api/v1/supervisor/overdue-referrals"))).isEqualTo(403);
        String dashboard = http.toBlocking().retrieve(supervisor.authorised(HttpRequest.GET("/supervisor").accept(MediaType.TEXT_HTML)));
        assertThat(dashboard).as("the supervisor's page lists it too").contains(caseReference).doesNotContain("Оксана");

        Instant now = Instant.now();
        overdue.reportDue(now);
        overdue.reportDue(now);
        assertThat(purposes(referral)).as("reported once per stall").containsOnlyOnce("overdue: SENT without a move, listed for supervisors");

        partner.moveAsPartner(referral, ReferralMove.to("RECEIVED"));
        assertThat(supervisor.getJsonList("/api/v1/supervisor/overdue-referrals")).extracting(r -> r.get("caseReference"))
                .as("it moved").doesNotContain(caseReference);
    }

    @Test
    void pastTheHardLimitTheScreeningIsPurgedAndTheReferralStaysAsATombstoneWithoutPersonalData() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));
        // one open referral per partner: the revoked one first, then the one that stays open
        String revoked = refer(screening);
        officer.revoke(revoked, "Оксана asked us to stop");
        String stuck = refer(screening);
        partner.moveAsPartner(stuck, ReferralMove.to("RECEIVED"));
        partner.moveAsPartner(stuck, ReferralMove.to("ACCEPTED"));

        retention.run(Instant.now().plus(Duration.ofDays(179)));
        assertThat(purged(screening)).as("the accepted referral is still open and within the limit").isFalse();

        Instant later = Instant.now().plus(Duration.ofDays(181));
        retention.run(later);
        retention.run(later);
        packets.deleteDue(later);

        assertThat(purged(screening)).isTrue();
        // read whole as JSON: the name must be nowhere in either body
        assertThat(officer.getJson("/api/v1/screenings/" + screening).toString()).doesNotContain("Оксана");
        ReferralBody tombstone = officer.referral(stuck);
        assertThat(tombstone.status()).isEqualTo("ACCEPTED");
        assertThat(tombstone.partnerId()).isNotNull();
        assertThat(tombstone.createdAt()).isNotNull();
        assertThat(tombstone.packetSha256()).isNotNull();
        assertThat(officer.getJson("/api/v1/referrals/" + revoked).toString()).contains("REVOKED").doesNotContain("Оксана");
        assertThat(partner.refusal(HttpRequest.GET("/api/v1/inbox/" + stuck + "/packet"), 409).type())
                .isEqualTo("urn:waymark:problem:referral.packet-deleted");
        assertThat(packetHeld(stuck)).isFalse();
        assertThat(purposes(stuck)).containsOnlyOnce("packet retention: screening purged").doesNotContain("packet retention: open past the limit");
        assertThat(new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/records/" + screening))
                .filteredOn(e -> "PURGE".equals(e.get("action"))).hasSize(1);
        try (var connection = rawConnection();
             var statement = connection.prepareStatement("select count(*) filter (where e.reason is not null), count(*) from referral_event e "
                     + "join referral r on r.id = e.referral_id where r.screening_id = ?::uuid")) {
            statement.setString(1, screening);
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).as("reasons typed for the moves").isZero();
                assertThat(result.getInt(2)).as("the moves themselves stay").isEqualTo(5);
            }
        }
    }

    @Test
    void anOpenReferralPastTheHardLimitLosesItsPacketEvenBeforeTheScreeningIsPurged() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));
        String referral = refer(screening);
        partner.moveAsPartner(referral, ReferralMove.to("RECEIVED"));
        officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", "prosecutor's request 7/2026")));
        backdate(referral, 181, false);

        packets.deleteDue(Instant.now().minus(Duration.ofDays(150)));
        assertThat(packetHeld(referral)).as("a month after it was sent, acknowledged").isTrue();
        packets.deleteDue(Instant.now());
        packets.deleteDue(Instant.now());
        retention.run(Instant.now());

        assertThat(packetHeld(referral)).isFalse();
        assertThat(purposes(referral)).containsOnlyOnce("packet retention: open past the limit");
        assertThat(purged(screening)).as("a legal hold still wins").isFalse();
    }

    @Test
    void twoConcurrentPurgesNeverProcessAScreeningTwice() throws Exception {
        List<String> screenings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            screenings.add(completed(List.of()));
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
        return officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo"))).id();
    }

    /** A strong case of Оксана completed by this test's officer with the {@code consents} given. */
    private String completed(List<String> consents) {
        return CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE, consents);
    }

    /** Moves the referral's sending (and, with {@code moves}, every move of it) {@code days} into the past. */
    private void backdate(String referral, int days, boolean moves) throws java.sql.SQLException {
        try (var connection = rawConnection();
             var referralRow = connection.prepareStatement("update referral set created_at = created_at - make_interval(days => ?) where id = ?::uuid");
             var events = connection.prepareStatement("update referral_event set at = at - make_interval(days => ?) where referral_id = ?::uuid")) {
            for (var statement : moves ? List.of(referralRow, events) : List.of(referralRow)) {
                statement.setInt(1, days);
                statement.setString(2, referral);
                assertThat(statement.executeUpdate()).isPositive();
            }
        }
    }

    private boolean packetHeld(String referral) throws java.sql.SQLException {
        try (var connection = rawConnection();
             var statement = connection.prepareStatement("select packet is not null from referral where id = ?::uuid")) {
            statement.setString(1, referral);
            try (var result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getBoolean(1);
            }
        }
    }

    private List<Object> purposes(String record) {
        return new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/records/" + record).stream().map(e -> e.get("purpose")).toList();
    }

    private boolean purged(String screening) {
        return officer.screening(screening).purgedAt() != null;
    }
}
