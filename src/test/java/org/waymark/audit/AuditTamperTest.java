package org.waymark.audit;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each kind of tampering an attacker with database access could try (after switching the trigger off) is found by
 * the verifier at the right entry; each test puts the chain back as it was. And an act and its entry commit
 * together or not at all.
 */
@MicronautTest(transactional = false)
class AuditTamperTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditTrail trail;

    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeEach
    void someHistory() {
        for (String user : new String[]{"trainer", "supervisor", "admin"}) {
            new ApiClient(http).as(user);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void findsADeletedEntry() throws Exception {
        long seq = head() - 1;
        try (Connection c = unguarded()) {
            c.createStatement().execute("create temporary table saved as select * from audit_entry where seq = " + seq);
            c.createStatement().execute("delete from audit_entry where seq = " + seq);

            AuditVerifier.Verification result = verifier.verify();

            c.createStatement().execute("insert into audit_entry select * from saved");
            guard(c);
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo("entry " + seq + " is missing");
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void findsTwoEntriesSwapped() throws Exception {
        long second = head() - 1;
        long first = second - 1;
        try (Connection c = unguarded()) {
            swap(c, first, second);

            AuditVerifier.Verification result = verifier.verify();

            swap(c, first, second);
            guard(c);
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(first);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void findsAnInsertedEntry() throws Exception {
        long seq = head() + 1;
        try (Connection c = rawConnection()) {
            // a forged entry, hashed correctly but linked to a made-up predecessor
            AuditEntryRow forged = AuditTrail.withHash(new AuditEntryRow(seq, java.time.Instant.now(), null, "SYSTEM", null, null, "READ", "screening",
                    UUID.randomUUID().toString(), "forged", null, null, "f".repeat(64), ""));
            var insert = c.prepareStatement("insert into audit_entry (seq, at, actor_role, action, record_type, record_id, purpose, previous_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.setLong(1, forged.seq());
            insert.setObject(2, java.sql.Timestamp.from(forged.at()));
            insert.setString(3, forged.actorRole());
            insert.setString(4, forged.action());
            insert.setString(5, forged.recordType());
            insert.setString(6, forged.recordId());
            insert.setString(7, forged.purpose());
            insert.setString(8, forged.previousHash());
            insert.setString(9, forged.hash());
            insert.executeUpdate();

            AuditVerifier.Verification result = verifier.verify();

            c.createStatement().execute("alter table audit_entry disable trigger audit_entry_no_update");
            c.createStatement().execute("delete from audit_entry where seq = " + seq);
            guard(c);
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo("does not link to the entry before it");
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anActThatFailsAfterItsEntryLeavesNeitherBehind() {
        long before = head();
        String record = UUID.randomUUID().toString();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            trail.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.UPDATE, "screening", record, "an act that then fails"));
            throw new IllegalStateException("the act fails after its audit entry was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(head()).isEqualTo(before);
        assertThat(new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/records/" + record)).isEmpty();
    }

    @Test
    void anEntryCannotBeWrittenOutsideTheActsTransaction() {
        assertThatThrownBy(() -> trail.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.READ, "screening", "x", "no transaction")))
                .isInstanceOf(RuntimeException.class);
    }

    private long head() {
        try (Connection c = rawConnection(); ResultSet r = c.createStatement().executeQuery("select coalesce(max(seq), 0) from audit_entry")) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection unguarded() throws java.sql.SQLException {
        Connection c = rawConnection();
        c.createStatement().execute("alter table audit_entry disable trigger audit_entry_no_update");
        return c;
    }

    private static void guard(Connection c) throws java.sql.SQLException {
        c.createStatement().execute("alter table audit_entry enable trigger audit_entry_no_update");
    }

    /** Swaps the contents of two entries, keeping their sequence numbers: a reordering. */
    private static void swap(Connection c, long a, long b) throws java.sql.SQLException {
        c.createStatement().execute("update audit_entry set seq = -1 where seq = " + a);
        c.createStatement().execute("update audit_entry set seq = " + a + " where seq = " + b);
        c.createStatement().execute("update audit_entry set seq = " + b + " where seq = -1");
    }
}
