package org.waymark.workplace;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.audit.AuditSequencer;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer records the workplace facts of a screening; they are sealed, read back with an audited purpose, and bad input is refused. */
@MicronautTest(transactional = false)
class WorkplaceFactsApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditSequencer sequencer;

    ApiClient officer;
    String screening;

    @BeforeEach
    void completeAScreening() {
        officer = OwnUnit.create(http).officer("airport");
        screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("NGO_SUPPORT"));
    }

    @Test
    void recordsTheFactsSealedAndReadsThemBackWithAnAuditedPurpose() throws Exception {
        Map<String, Object> recorded = officer.putJson(uri(), facts());

        assertThat(recorded).containsEntry("recorded", true);
        Map<String, Object> read = officer.getJson(uri());
        @SuppressWarnings("unchecked")
        Map<String, Object> employer = (Map<String, Object>) ((Map<String, Object>) read.get("facts")).get("employer");
        assertThat(employer).containsEntry("name", "Sadownik Testowy sp. z o.o.");
        assertThat(((Map<?, ?>) read.get("facts")).get("agency").toString()).contains("KRAZ 12345", "country=PL");
        assertThat(read.getOrDefault("anonymousWarnings", List.of())).as("the workplace may go; the person's profile then stays behind")
                .isEqualTo(List.of("PERSON_DETAILS_LEFT_OUT"));
        assertThat(sealedColumn()).doesNotContain("Sadownik").doesNotContain("KRAZ");
        sequencer.drain();
        assertThat(auditPurposes()).contains("workplace facts recorded", "workplace facts: recording");
    }

    @Test
    void warnsWhatAnAnonymousNotificationWouldLeaveOut() {
        Map<String, Object> few = facts();
        few.put("othersAffected", 1);
        few.put("wishes", List.of("OTHER"));
        few.put("otherWish", "wants to go home");

        Map<String, Object> recorded = officer.putJson(uri(), few);

        assertThat(recorded.get("anonymousWarnings")).isEqualTo(List.of("FEW_OTHERS", "FREE_TEXT_LEFT_OUT"));
    }

    @Test
    void refusesBadInputNamingEachFieldAndStoresNothing() throws Exception {
        Map<String, Object> bad = facts();
        bad.put("agency", Map.of("name", "X", "country", "POL"));
        bad.put("othersAffected", -1);
        bad.put("unknown", List.of("EMPLOYER"));
        bad.put("otherWish", "something");

        Problem problem = officer.refusal(HttpRequest.PUT(uri(), bad), 400);

        assertThat(problem.fields()).containsExactlyInAnyOrder("agency.country", "othersAffected", "unknown", "otherWish");
        assertThat(problem.toString()).doesNotContain("Sadownik").doesNotContain("POL");
        assertThat(sealedColumn()).isEmpty();
    }

    @Test
    void refusesAnUnknownCodeWithoutAServerError() {
        Map<String, Object> bad = facts();
        bad.put("sector", "MINING_ON_THE_MOON");

        assertThat(officer.status(HttpRequest.PUT(uri(), bad))).isEqualTo(400);
    }

    @Test
    void anotherUnitCannotRecordOrReadTheFacts() {
        officer.putJson(uri(), facts());
        ApiClient other = OwnUnit.create(http).officer("border");

        assertThat(other.status(HttpRequest.GET(uri()))).isEqualTo(404);
        assertThat(other.status(HttpRequest.PUT(uri(), facts()))).isEqualTo(404);
    }

    @Test
    void aReferralReadsTheFactsForItsPacketAndSaysSoInTheAudit() throws Exception {
        officer.putJson(uri(), facts());
        String ngo = officer.partnerId("demo-ngo");

        officer.refer(screening, NewReferral.to(ngo));

        sequencer.drain();
        assertThat(auditPurposes()).contains("workplace facts: referral packet");
    }

    private String uri() {
        return "/api/v1/screenings/" + screening + "/workplace";
    }

    static Map<String, Object> facts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("employer", Map.of("name", "Sadownik Testowy sp. z o.o.", "address", "Sady 1, Grójec", "privateHome", "NO"));
        facts.put("workplaces", List.of("Sady 1, Grójec"));
        facts.put("agency", Map.of("name", "Agencja Testowa", "country", "pl", "registryNumber", "KRAZ 12345"));
        facts.put("sector", "AGRICULTURE");
        facts.put("othersAffected", 12);
        facts.put("minorsAmongOthers", "UNKNOWN");
        facts.put("immediateDanger", "NO");
        facts.put("wishes", List.of("UNPAID_WAGES"));
        facts.put("unknown", List.of("INTERMEDIARY"));
        return facts;
    }

    private String sealedColumn() throws Exception {
        try (Connection db = rawConnection(); ResultSet rs = db.createStatement()
                .executeQuery("select sealed from workplace_facts where screening_id = '" + screening + "'")) {
            return rs.next() ? new String(rs.getBytes(1), StandardCharsets.ISO_8859_1) : "";
        }
    }

    private List<String> auditPurposes() throws Exception {
        List<String> purposes = new ArrayList<>();
        try (Connection db = rawConnection(); ResultSet rs = db.createStatement()
                .executeQuery("select purpose from audit_entry where record_id = '" + screening + "' order by seq")) {
            while (rs.next()) {
                purposes.add(rs.getString(1));
            }
        }
        return purposes;
    }
}
