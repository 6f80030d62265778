package org.waymark.audit;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.audit.persistence.AuditCheckpointRow;
import org.waymark.signing.ServiceKeys;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audit entries past their own retention period go, up to a signed checkpoint that keeps anchoring the rest. */
@MicronautTest(transactional = false)
class AuditRetentionTest extends DatabaseTest {

    @Inject
    AuditSequencer sequencer;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditRetention retention;

    @Inject
    AuditVerifier verifier;

    @Inject
    ServiceKeys keys;

    @Inject
    @jakarta.inject.Named("default")
    org.waymark.platform.database.Database database;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.audit.checkpoint-dir", "target/test-checkpoints/" + UUID.randomUUID());
    }

    @Test
    void removesEntriesUpToAnOldSignedCheckpointAndTheRestStillVerifies() throws Exception {
        new ApiClient(http).as("trainer");
        new ApiClient(http).as("supervisor");
        long anchor = signOldCheckpointAtHead(Instant.now().minus(Duration.ofDays(4 * 365)));
        new ApiClient(http).as("admin");

        long removed = retention.removeDue(Instant.now());

        assertThat(removed).isEqualTo(anchor);
        assertThat(firstSeq()).isEqualTo(anchor + 1);
        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/entries").toString())
                .contains("audit retention: " + anchor + " entries");
    }

    @Test
    void keepsEverythingYoungerThanThePeriodAndTheDatabaseRefusesShortPeriods() throws Exception {
        new ApiClient(http).as("trainer");
        long first = firstSeq();
        signOldCheckpointAtHead(Instant.now().minus(Duration.ofDays(30)));

        assertThat(retention.removeDue(Instant.now())).isZero();
        assertThat(firstSeq()).isEqualTo(first);
        try (Connection c = database.dataSource().getConnection()) {
            assertThatThrownBy(() -> c.createStatement().executeQuery("select audit_remove_up_to_checkpoint(" + (first + 1) + ", interval '1 day')"))
                    .hasMessageContaining("at least one year");
            assertThatThrownBy(() -> c.createStatement().execute("delete from audit_entry")).hasMessageContaining("permission denied");
        }
    }

    /** A checkpoint at the current head, dated {@code at} and signed with the service key, as the scheduler would have made it then. */
    private long signOldCheckpointAtHead(Instant at) throws Exception {
        sequencer.drain();
        try (Connection c = rawConnection();
             ResultSet head = c.createStatement().executeQuery("select seq, hash from audit_entry order by seq desc limit 1")) {
            head.next();
            long seq = head.getLong(1);
            String hash = head.getString(2);
            Instant when = at.truncatedTo(ChronoUnit.MICROS);
            ServiceKeys.Current key = keys.current();
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into audit_checkpoint (seq, entry_hash, at, service_key_id, signature) values (?, ?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setString(2, hash);
                insert.setObject(3, java.sql.Timestamp.from(when));
                insert.setObject(4, key.id());
                insert.setBytes(5, key.key().sign(AuditCheckpointRow.signedText(seq, hash, when)));
                insert.executeUpdate();
            }
            return seq;
        }
    }

    private long firstSeq() throws Exception {
        sequencer.drain();
        try (Connection c = rawConnection(); ResultSet r = c.createStatement().executeQuery("select min(seq) from audit_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

}
