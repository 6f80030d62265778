package org.waymark.retention;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.audit.AuditSequencer;
import org.waymark.screening.ScreeningRetention;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ReferralMove;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purge's promise, checked the hard way: a case typed full of one distinctive word — name, document, a note,
 * every free-text reason, the consent representative, a stated read purpose, the workplace facts, a referral and its moves —
 * leaves no trace
 * of that word (in any case, hashed or base64-encoded) in any text, bytea or jsonb column of any table once purged.
 */
@MicronautTest(transactional = false)
class PurgeLeavesNothingTest extends DatabaseTest {

    private static final String CANARY = "Qzanary" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ScreeningRetention retention;

    @Inject
    AuditSequencer sequencer;

    private final List<String> typed = new ArrayList<>();

    @Test
    void afterThePurgeNoColumnOfAnyTableHoldsAnythingTheOfficersTypedAboutTheCase() throws Exception {
        OwnUnit unit = OwnUnit.create(http);
        ApiClient officer = unit.officer("airport");
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        String screening = officer.start(NewScreening.adultLabour(typed("Name " + CANARY)).document("passport", typed(CANARY))).id();
        long version = 0;
        for (String question : CompletedScreenings.STRONG_CASE) {
            Map<String, Object> answer = new java.util.HashMap<>(Map.of("answer", "YES", "expectedVersion", version));
            answer.put("note", typed("said " + CANARY + " kept her passport"));
            version = ((Number) officer.putJson("/api/v1/screenings/" + screening + "/answers/" + question, answer).get("version")).longValue();
        }
        version = ((Number) officer.postJson("/api/v1/screenings/" + screening + "/consents", Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN",
                "told", CompletedScreenings.TOLD_ALL, "representative", typed("guardian " + CANARY))).get("version")).longValue();
        version = officer.complete(screening, version).version();
        version = ((Number) officer.postJson("/api/v1/screenings/" + screening + "/reopen",
                Map.of("reason", typed("reopened: " + CANARY + " called back"))).get("version")).longValue();
        officer.complete(screening, version);

        officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold", Map.of("reason", typed("prosecutor asks about " + CANARY))));
        officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/hold/release", Map.of("reason", typed("released " + CANARY))));
        unit.officer("colleague").getJson("/api/v1/screenings/" + screening + "?purpose="
                + URLEncoder.encode(typed("handover of " + CANARY), StandardCharsets.UTF_8));

        officer.putJson("/api/v1/screenings/" + screening + "/workplace", Map.of(
                "employer", Map.of("name", typed("Employer " + CANARY), "address", typed("Street " + CANARY)),
                "workplaces", List.of(typed("Farm " + CANARY)), "agency", Map.of("name", typed("Agency " + CANARY)),
                "intermediary", typed("Fixer " + CANARY), "othersAffected", 7, "wishes", List.of("OTHER"), "otherWish", typed("wish " + CANARY)));
        String declined = refer(officer, screening, typed("note on " + CANARY));
        partner.moveAsPartner(declined, ReferralMove.to("RECEIVED"));
        partner.moveAsPartner(declined, ReferralMove.to("DECLINED").reason(typed("declined " + CANARY)));
        String revoked = refer(officer, screening, null);
        officer.revoke(revoked, typed("withdrawn " + CANARY));
        String closed = refer(officer, screening, null);
        partner.moveAsPartner(closed, ReferralMove.to("RECEIVED"));
        partner.moveAsPartner(closed, ReferralMove.to("ACCEPTED"));
        partner.moveAsPartner(closed, ReferralMove.to("CLOSED").outcome("UNABLE_TO_CONTACT").reason(typed("closed " + CANARY)));
        // read whole as JSON: the typed texts sit in parts of the screening ScreeningBody does not carry
        Map<String, Object> before = officer.getJson("/api/v1/screenings/" + screening);
        assertThat(before.toString()).as("what was typed is there, for whom may read it").contains("Name " + CANARY, "reopened: " + CANARY);

        assertThat(retention.run(Instant.now().plus(Duration.ofDays(91))).purged()).isEqualTo(1);
        sequencer.drain();

        assertThat(traces()).isEmpty();
        try (Connection db = rawConnection(); ResultSet rs = db.createStatement().executeQuery(
                "select count(*) from workplace_facts where screening_id = '" + screening + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the sealed workplace facts are deleted with the key").isZero();
        }
        assertThat(officer.screening(screening).purgedAt()).isNotNull();
        assertThat(new ApiClient(http).as("auditor").getJson("/api/v1/audit/verify").get("intact")).isEqualTo(true);
    }

    private String typed(String value) {
        typed.add(value);
        return value;
    }

    private String refer(ApiClient officer, String screening, String note) {
        return officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo")).note(note)).id();
    }

    /** The forms in which something typed could survive: as typed, case-folded, base64, or its SHA-256 in hex, base64 or raw. */
    private List<byte[]> needles() throws Exception {
        Set<String> texts = new LinkedHashSet<>();
        List<byte[]> needles = new ArrayList<>();
        List<String> values = new ArrayList<>(typed);
        values.add(CANARY);
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            texts.addAll(List.of(value, value.toLowerCase(Locale.ROOT), value.toUpperCase(Locale.ROOT), Base64.getEncoder().encodeToString(bytes),
                    HexFormat.of().formatHex(sha), Base64.getEncoder().encodeToString(sha), Base64.getUrlEncoder().withoutPadding().encodeToString(sha)));
            needles.add(sha);
        }
        texts.forEach(text -> needles.add(text.getBytes(StandardCharsets.UTF_8)));
        return needles;
    }

    /** Every table.column holding a needle: text, jsonb, arrays and the like cast to text; bytea searched byte by byte. */
    private List<String> traces() throws Exception {
        List<String> found = new ArrayList<>();
        List<byte[]> needles = needles();
        try (Connection db = rawConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("select c.table_name, c.column_name, c.data_type from information_schema.columns c "
                    + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
                    + "where c.table_schema = 'public' and t.table_type = 'BASE TABLE' "
                    + "and c.data_type in ('text', 'character varying', 'character', 'bytea', 'jsonb', 'json', 'ARRAY', 'USER-DEFINED')")) {
                while (rs.next()) {
                    columns.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertThat(columns).as("the search covers the case tables").extracting(c -> c[0] + "." + c[1])
                    .contains("screening.personal_data", "audit_entry.purpose", "referral_event.reason", "legal_hold.reason");
            for (String[] column : columns) {
                String haystack = "bytea".equals(column[2]) ? "\"" + column[1] + "\"" : "convert_to(\"" + column[1] + "\"::text, 'UTF8')";
                try (PreparedStatement query = db.prepareStatement("select count(*) from \"" + column[0] + "\" where position(? in " + haystack + ") > 0")) {
                    for (byte[] needle : needles) {
                        query.setBytes(1, needle);
                        try (ResultSet rs = query.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1]);
                                break;
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
