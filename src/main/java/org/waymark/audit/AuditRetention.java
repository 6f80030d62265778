package org.waymark.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.persistence.AuditCheckpointRows;
import org.waymark.audit.persistence.AuditEntryRows;
import org.waymark.retention.RetentionSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Audit entries have their own retention period ({@code waymark.retention.audit}, default three years, never less than
 * one — the database refuses): entries up to the newest signed checkpoint older than the period are removed by the
 * database function {@code audit_remove_up_to_checkpoint}; the checkpoint stays, so the verifier still anchors the
 * remaining chain to a signature. The removal itself is audited.
 */
@Singleton
public class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditEntryRows entries;
    private final AuditCheckpointRows checkpoints;
    private final AuditTrail trail;
    private final Clock clock;
    private final Duration keepFor;

    AuditRetention(AuditEntryRows entries, AuditCheckpointRows checkpoints, AuditTrail trail, Clock clock,
                   RetentionSettings settings) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.trail = trail;
        this.clock = clock;
        this.keepFor = settings.audit();
    }

    @Scheduled(fixedDelay = "1d", initialDelay = "11m")
    void scheduled() {
        long removed = removeDue(clock.instant());
        if (removed > 0) {
            LOG.info("Audit retention: {} entries older than {} removed up to a signed checkpoint", removed, keepFor);
        }
    }

    /** Removes what is due at {@code now}; returns how many entries went. */
    @Transactional
    public long removeDue(Instant now) {
        entries.lockChain();
        var anchor = checkpoints.findFirstByAtLessThanOrderBySeqDesc(now.minus(keepFor));
        if (anchor.isEmpty() || entries.findFirst().map(first -> first.seq() > anchor.get().seq()).orElse(true)) {
            return 0;
        }
        long removed = entries.removeUpToCheckpoint(anchor.get().seq(), keepFor.toSeconds() + " seconds");
        trail.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.PURGE, "audit-entry", Long.toString(anchor.get().seq()),
                "audit retention: " + removed + " entries up to this checkpoint"));
        return removed;
    }
}
