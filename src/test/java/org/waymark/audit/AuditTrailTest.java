package org.waymark.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest
class AuditTrailTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    io.micronaut.context.ApplicationContext context;

    @Test
    void recordsEveryActOnAScreeningWithWhoAndWhyButNoPersonalData() {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String id = startScreening(officer);
        officer.answer(id, "ctx.works-or-travels-to-work", "YES", 0);
        officer.screening(id);
        officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/answers/d4.low-or-no-salary", Map.of("answer", "YES", "expectedVersion", 0)), 409);

        List<Map<String, Object>> log = new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/records/" + id);
        assertThat(log).extracting(e -> e.get("action")).containsExactly("CREATE", "READ", "UPDATE", "READ");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.get("actorRole")).isEqualTo("OFFICER");
            assertThat(e.get("requestId")).isNotNull();
            assertThat(e.get("clientAddress")).isNotNull();
        });
        assertThat(log.toString()).as("the refused stale write left no entry").doesNotContain("Testowa");
    }

    @Test
    void recordsSignInsAndFailedSignIns() {
        ApiClient anonymous = new ApiClient(http);
        anonymous.refusal(HttpRequest.POST("/api/v1/auth/sign-in", Map.of("username", "trainer", "password", "wrong-password")), 401);
        anonymous.as("trainer");
        Map<String, Object> verification = new ApiClient(http).as("auditor").getJson("/api/v1/audit/verify");
        assertThat(verification.get("intact")).isEqualTo(true);
        assertThat(((Number) verification.get("entries")).longValue()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws SQLException {
        new ApiClient(http).as("trainer");
        try (Connection c = rawConnection()) {
            assertThatThrownBy(() -> c.createStatement().execute("update audit_entry set action = 'READ'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().execute("delete from audit_entry")).hasMessageContaining("append-only");
        }
    }

    @Test
    void theVerifierFindsTheFirstBrokenLink() throws SQLException {
        ApiClient auditor = new ApiClient(http).as("auditor");
        new ApiClient(http).as("trainer");
        assertThat(auditor.getJson("/api/v1/audit/verify").get("intact")).isEqualTo(true);
        long tampered;
        try (Connection c = rawConnection()) {
            var rows = c.createStatement().executeQuery("select max(seq) from audit_entry");
            rows.next();
            tampered = rows.getLong(1);
            // an attacker with the power to switch off the trigger rewrites history
            c.createStatement().execute("alter table audit_entry disable trigger audit_entry_no_update");
            c.createStatement().execute("update audit_entry set action = 'READ' where seq = " + tampered);
            c.createStatement().execute("alter table audit_entry enable trigger audit_entry_no_update");
        }
        Map<String, Object> verification = auditor.getJson("/api/v1/audit/verify");
        assertThat(verification.get("intact")).isEqualTo(false);
        assertThat(((Number) verification.get("brokenAt")).longValue()).isEqualTo(tampered);
        assertThat(verification.get("problem")).isEqualTo("its content does not match its hash");
        var output = new java.io.ByteArrayOutputStream();
        assertThat(AuditCommand.verify(context, new java.io.PrintStream(output, true, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(output.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("BROKEN at entry " + tampered);
        try (Connection c = rawConnection()) {
            c.createStatement().execute("alter table audit_entry disable trigger audit_entry_no_update");
            c.createStatement().execute("update audit_entry set action = 'SIGN_IN' where seq = " + tampered);
            c.createStatement().execute("alter table audit_entry enable trigger audit_entry_no_update");
        }
    }

    @Test
    void exportsTheTrailFilteredByCaseAsJsonAndCsv() {
        ApiClient officer = OwnUnit.create(http).officer("border");
        String id = startScreening(officer);
        ApiClient auditor = new ApiClient(http).as("auditor");
        List<Map<String, Object>> json = auditor.getJsonList("/api/v1/audit/entries?record=" + id);
        assertThat(json).extracting(e -> e.get("recordId")).containsOnly(id).hasSize(2);
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/audit/entries?format=csv&record=" + id).bearerAuth(auditor.token()));
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("seq,at,actor_id").contains("\"CREATE\"").contains("\"" + id + "\"").doesNotContain("Testowa");
        assertThat(auditor.getJsonList("/api/v1/audit/entries?record=" + id + "&from=2999-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void theVerifyCommandExitsZeroOnAnIntactTrail() {
        new ApiClient(http).as("trainer");
        var output = new java.io.ByteArrayOutputStream();
        int exit = AuditCommand.verify(context, new java.io.PrintStream(output, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(output.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("audit trail intact:");
    }

    @Test
    void onlyTheAuditorReadsTheTrail() {
        for (String username : List.of("officer.airport", "supervisor", "trainer", "admin", "partner.ngo")) {
            ApiClient user = new ApiClient(http).as(username);
            assertThat(user.status(HttpRequest.GET("/api/v1/audit/verify"))).as(username).isEqualTo(403);
            assertThat(user.status(HttpRequest.GET("/api/v1/audit/entries"))).as(username).isEqualTo(403);
        }
    }

    private static String startScreening(ApiClient officer) {
        return officer.start(NewScreening.adultLabour("Ivan Testowa").intervieweeLanguage("ru").placeType("LAND_BORDER")).id();
    }
}
