package org.waymark.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.DatabaseTest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acts record their entries without waiting for the chain; the sequencer links them. Whatever the interleaving of
 * acts and of several sequencers (instances), every committed entry ends up in one intact chain exactly once, and
 * until then the service can neither change nor remove it.
 */
@MicronautTest(transactional = false)
class AuditSequencerTest extends DatabaseTest {

    @Inject
    AuditTrail trail;

    @Inject
    AuditSequencer sequencer;

    @Inject
    AuditVerifier verifier;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    @jakarta.inject.Named("default")
    org.waymark.platform.database.Database database;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.audit.sequencer-interval", "1h"); // the test drains by hand, from several threads
    }

    @Test
    void concurrentActsAreEachChainedExactlyOnceInOneIntactChainWhileSeveralSequencersRun() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicBoolean acting = new AtomicBoolean(true);
        try {
            List<Future<?>> sequencers = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                sequencers.add(pool.submit(() -> {
                    while (acting.get()) {
                        sequencer.drain();
                    }
                    return null;
                }));
            }
            List<Future<?>> acts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                acts.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String record = batch + "-" + thread + "-" + i;
                        transactions.executeWrite(status -> {
                            trail.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.READ, "screening", record, "load"));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> act : acts) {
                act.get(60, TimeUnit.SECONDS);
            }
            acting.set(false);
            for (Future<?> s : sequencers) {
                s.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        sequencer.drain();

        assertThat(count("audit_pending")).isZero();
        assertThat(count("audit_entry where record_id like '" + batch + "-%'")).isEqualTo(400);
        assertThat(count("(select record_id from audit_entry where record_id like '" + batch + "-%' group by 1 having count(*) > 1) d")).isZero();
        assertThat(count("audit_entry")).as("no gap in the sequence").isEqualTo(count("(select generate_series(1, (select max(seq) from audit_entry))) g"));
        AuditVerifier.Verification verification = verifier.verify();
        assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
    }

    @Test
    void theServiceCanNeitherChangeNorRemoveAnEntryBeforeItIsChained() throws Exception {
        String record = UUID.randomUUID().toString();
        try (Connection connection = database.dataSource().getConnection()) { // the pool: acts as waymark_app
            connection.setAutoCommit(true);
            connection.createStatement().execute("insert into audit_pending (at, action, record_type, record_id) values (now(), 'READ', 'screening', '"
                    + record + "')");
            assertThatThrownBy(() -> connection.createStatement().execute("delete from audit_pending where record_id = '" + record + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("leave only into the chain");
            assertThatThrownBy(() -> connection.createStatement().execute("update audit_pending set action = 'CREATE' where record_id = '" + record + "'"))
                    .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> connection.createStatement().execute("truncate audit_pending"))
                    .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        // nothing the service tried removed it: still pending, or already chained by the scheduled drain meanwhile
        assertThat(count("audit_pending where record_id = '" + record + "'") + count("audit_entry where record_id = '" + record + "'"))
                .isEqualTo(1);

        sequencer.drain();

        assertThat(count("audit_pending")).isZero();
        assertThat(count("audit_entry where record_id = '" + record + "' and action = 'READ'")).isEqualTo(1);
    }

    private long count(String from) throws SQLException {
        try (Connection connection = rawConnection(); ResultSet row = connection.createStatement().executeQuery("select count(*) from " + from)) {
            row.next();
            return row.getLong(1);
        }
    }
}
