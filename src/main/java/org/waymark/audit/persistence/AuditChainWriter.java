package org.waymark.audit.persistence;

import jakarta.inject.Singleton;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The plain JDBC the audit sequencer needs to move pending entries ({@code audit_pending}) into the chain
 * ({@code audit_entry}): the chain's advisory lock, its head, a batch of pending entries, one batched insert and the
 * removal of what was linked. Every call runs on the connection of the caller's transaction; the caller owns it.
 */
@Singleton
public class AuditChainWriter {

    /** The last link of the chain: its sequence number and hash. */
    public record ChainHead(long seq, String hash) {
    }

    /** Takes the chain's lock (until the transaction ends) when anything waits to be chained; false (no lock taken) when nothing does. */
    public boolean lockIfPending(Connection connection) throws SQLException {
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

    /** The head of the chain; when audit retention has removed every entry, the signed checkpoint it kept; empty when neither exists. */
    public Optional<ChainHead> head(Connection connection) throws SQLException {
        try (ResultSet head = connection.createStatement().executeQuery("select seq, hash from (select seq, hash from audit_entry "
                + "order by seq desc limit 1) e union all (select seq, entry_hash from audit_checkpoint order by seq desc limit 1) "
                + "order by seq desc limit 1")) {
            return head.next() ? Optional.of(new ChainHead(head.getLong(1), head.getString(2))) : Optional.empty();
        }
    }

    /** Up to {@code limit} pending entries, oldest first. */
    public List<PendingEntryRow> pending(Connection connection, int limit) throws SQLException {
        List<PendingEntryRow> batch = new ArrayList<>();
        try (PreparedStatement pending = connection.prepareStatement("select id, at, actor_id, actor_role, actor_unit, actor_org, action, "
                + "record_type, record_id, purpose, request_id, client_address from audit_pending order by id limit " + limit);
             ResultSet rows = pending.executeQuery()) {
            while (rows.next()) {
                batch.add(new PendingEntryRow(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getObject(3, UUID.class),
                        rows.getString(4), rows.getObject(5, UUID.class), rows.getObject(6, UUID.class), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12)));
            }
        }
        return batch;
    }

    /** Inserts the linked entries in one batch, each with the id of the pending entry it came from, then removes those pending entries. */
    public void link(Connection connection, List<AuditEntryRow> entries, List<Long> pendingIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (seq, at, actor_id, actor_role, actor_unit, "
                + "actor_org, action, record_type, record_id, purpose, request_id, client_address, previous_hash, hash, pending_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entries.size(); i++) {
                bind(insert, entries.get(i), pendingIds.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from audit_pending where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", pendingIds.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
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
