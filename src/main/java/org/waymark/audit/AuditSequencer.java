package org.waymark.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.waymark.audit.persistence.AuditChainWriter;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.audit.persistence.PendingEntryRow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
    private final AuditChainWriter chain;

    AuditSequencer(TransactionOperations<Connection> transactions, AuditChainWriter chain) {
        this.transactions = transactions;
        this.chain = chain;
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

    private int chainBatch(Connection connection) {
        try {
            if (!chain.lockIfPending(connection)) {
                return 0;
            }
            AuditChainWriter.ChainHead head = chain.head(connection).orElse(new AuditChainWriter.ChainHead(0, AuditTrail.GENESIS));
            long seq = head.seq();
            String previous = head.hash();
            List<AuditEntryRow> entries = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (PendingEntryRow row : chain.pending(connection, BATCH)) {
                AuditEntryRow entry = AuditTrail.withHash(new AuditEntryRow(++seq, row.at(), row.actorId(), row.actorRole(), row.actorUnit(),
                        row.actorOrg(), row.action(), row.recordType(), row.recordId(), row.purpose(), row.requestId(), row.clientAddress(),
                        previous, ""));
                entries.add(entry);
                ids.add(row.id());
                previous = entry.hash();
            }
            if (ids.isEmpty()) {
                return 0;
            }
            chain.link(connection, entries, ids);
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("audit sequencing failed", e);
        }
    }
}
