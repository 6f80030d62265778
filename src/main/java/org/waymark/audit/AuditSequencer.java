package org.waymark.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.platform.database.AdvisoryLocks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Links committed pending entries ({@code audit_pending}) into the hash chain, oldest first, in batches: under the
 * chain's advisory lock, so that with any number of instances the chain stays one line. Runs every 100 ms, and
 * before anything reads the trail ({@link #drain()}), so a reader never misses a committed act.
 */
@Singleton
public class AuditSequencer {

    private static final int BATCH = 1000;
    private static final TransactionDefinition OWN_TRANSACTION = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final TransactionOperations<Connection> transactions;

    AuditSequencer(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Scheduled(fixedDelay = "${waymark.audit.sequencer-interval:100ms}", initialDelay = "1s")
    void scheduled() {
        drain();
    }

    /** Chains every entry committed so far; returns how many were linked. */
    public int drain() {
        int total = 0;
        int linked;
        do {
            linked = transactions.execute(OWN_TRANSACTION, status -> chainBatch(status.getConnection()));
            total += linked;
        } while (linked == BATCH);
        return total;
    }

    private static int chainBatch(Connection connection) {
        try {
            if (!lockIfPending(connection)) {
                return 0;
            }
            Head head = head(connection);
            long seq = head.seq();
            String previous = head.hash();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement pending = connection.prepareStatement("select id, at, actor_id, actor_role, actor_unit, actor_org, action, "
                    + "record_type, record_id, purpose, request_id, client_address from audit_pending order by id limit " + BATCH);
                 PreparedStatement insert = connection.prepareStatement("insert into audit_entry (seq, at, actor_id, actor_role, actor_unit, "
                         + "actor_org, action, record_type, record_id, purpose, request_id, client_address, previous_hash, hash, pending_id) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 ResultSet rows = pending.executeQuery()) {
                while (rows.next()) {
                    AuditEntryRow entry = AuditTrail.withHash(new AuditEntryRow(++seq, rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getObject(3, UUID.class),
                            rows.getString(4), rows.getObject(5, UUID.class), rows.getObject(6, UUID.class), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12), previous, ""));
                    ids.add(rows.getLong(1));
                    bind(insert, entry, rows.getLong(1));
                    insert.addBatch();
                    previous = entry.hash();
                }
                if (ids.isEmpty()) {
                    return 0;
                }
                insert.executeBatch();
            }
            deletePending(connection, ids);
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("audit sequencing failed", e);
        }
    }

    /** Takes the chain's lock when anything waits to be chained; false (no lock taken) when nothing does. */
    private static boolean lockIfPending(Connection connection) throws SQLException {
        try (ResultSet any = connection.createStatement().executeQuery("select exists (select 1 from audit_pending)")) {
            any.next();
            if (!any.getBoolean(1)) {
                return false;
            }
        }
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, AdvisoryLocks.AUDIT_CHAIN);
            lock.execute();
        }
        return true;
    }

    private static void deletePending(Connection connection, List<Long> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from audit_pending where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    private record Head(long seq, String hash) {
    }

    /** The head of the chain; when audit retention has removed every entry, the signed checkpoint it kept. */
    private static Head head(Connection connection) throws SQLException {
        try (ResultSet head = connection.createStatement().executeQuery("select seq, hash from (select seq, hash from audit_entry "
                + "order by seq desc limit 1) e union all (select seq, entry_hash from audit_checkpoint order by seq desc limit 1) "
                + "order by seq desc limit 1")) {
            return head.next() ? new Head(head.getLong(1), head.getString(2)) : new Head(0, AuditTrail.GENESIS);
        }
    }

    private static void bind(PreparedStatement insert, AuditEntryRow entry, long pendingId) throws SQLException {
        insert.setLong(1, entry.seq());
        insert.setTimestamp(2, Timestamp.from(entry.at()));
        insert.setObject(3, entry.actorId(), Types.OTHER);
        insert.setString(4, entry.actorRole());
        insert.setObject(5, entry.actorUnit(), Types.OTHER);
        insert.setObject(6, entry.actorOrg(), Types.OTHER);
        insert.setString(7, entry.action());
        insert.setString(8, entry.recordType());
        insert.setString(9, entry.recordId());
        insert.setString(10, entry.purpose());
        insert.setString(11, entry.requestId());
        insert.setString(12, entry.clientAddress());
        insert.setString(13, entry.previousHash());
        insert.setString(14, entry.hash());
        insert.setLong(15, pendingId);
    }
}
