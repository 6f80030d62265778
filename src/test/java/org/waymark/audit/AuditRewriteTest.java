package org.waymark.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.audit.persistence.AuditCheckpointRow;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
/** An attacker with write access to the database rewrites the chain; signed checkpoints catch it. */
class AuditRewriteTest extends DatabaseTest {

    final Path folder = Path.of("target/test-checkpoints/" + UUID.randomUUID());

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditVerifier verifier;

    @Inject
    io.micronaut.context.ApplicationContext context;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.audit.checkpoint-dir", folder.toString());
    }

    @Test
    void aChainRewrittenWithConsistentHashesIsCaughtByTheCheckpoint() throws Exception {
        new ApiClient(http).as("trainer");
        AuditCheckpointRow checkpoint = checkpoints.checkpoint().orElseThrow();

        try (Connection c = rawConnection()) {
            rewriteChainFrom(c, checkpoint.seq());
        }

        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(checkpoint.seq());
        assertThat(result.problem()).contains("signed checkpoint");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(AuditCommand.verify(context, new PrintStream(out, true, StandardCharsets.UTF_8), folder)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN");
    }

    @Test
    void deletingTheStoredCheckpointsToHideARewriteIsCaughtByTheShippedFiles() throws Exception {
        new ApiClient(http).as("trainer");
        AuditCheckpointRow checkpoint = checkpoints.checkpoint().orElseThrow();
        try (Connection c = rawConnection()) {
            rewriteChainFrom(c, checkpoint.seq());
            c.createStatement().execute("alter table audit_checkpoint disable trigger audit_checkpoint_append_only");
            c.createStatement().execute("delete from audit_checkpoint");
            c.createStatement().execute("alter table audit_checkpoint enable trigger audit_checkpoint_append_only");
        }

        assertThat(verifier.verify().intact()).as("the database alone no longer shows it").isTrue();
        AuditVerifier.Verification result = verifier.verify(folder);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("signed checkpoint");
    }

    /** What an attacker with write access to the database would do: change an entry and re-hash everything after it. */
    static void rewriteChainFrom(Connection c, long seq) throws Exception {
        c.createStatement().execute("alter table audit_entry disable trigger audit_entry_no_update");
        String previous = AuditTrail.GENESIS;
        try (ResultSet rows = c.createStatement().executeQuery("select hash from audit_entry where seq = " + (seq - 1))) {
            if (rows.next()) {
                previous = rows.getString(1);
            }
        }
        for (AuditEntryRow entry : verifierEntries(c, seq)) {
            AuditEntryRow changed = AuditTrail.withHash(new AuditEntryRow(entry.seq(), entry.at(), entry.actorId(), entry.actorRole(),
                    entry.actorUnit(), entry.actorOrg(), entry.action(), entry.recordType(), entry.recordId(),
                    entry.seq() == seq ? "nothing to see here" : entry.purpose(), entry.requestId(), entry.clientAddress(), previous, ""));
            try (PreparedStatement update = c.prepareStatement("update audit_entry set purpose = ?, previous_hash = ?, hash = ? where seq = ?")) {
                update.setString(1, changed.purpose());
                update.setString(2, changed.previousHash());
                update.setString(3, changed.hash());
                update.setLong(4, changed.seq());
                update.executeUpdate();
            }
            previous = changed.hash();
        }
        c.createStatement().execute("alter table audit_entry enable trigger audit_entry_no_update");
    }

    private static java.util.List<AuditEntryRow> verifierEntries(Connection c, long from) throws Exception {
        java.util.List<AuditEntryRow> list = new java.util.ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("select * from audit_entry where seq >= " + from + " order by seq")) {
            while (r.next()) {
                list.add(new AuditEntryRow(r.getLong("seq"), r.getTimestamp("at").toInstant(), (UUID) r.getObject("actor_id"),
                        r.getString("actor_role"), (UUID) r.getObject("actor_unit"), (UUID) r.getObject("actor_org"), r.getString("action"),
                        r.getString("record_type"), r.getString("record_id"), r.getString("purpose"), r.getString("request_id"),
                        r.getString("client_address"), r.getString("previous_hash"), r.getString("hash")));
            }
        }
        return list;
    }
}
