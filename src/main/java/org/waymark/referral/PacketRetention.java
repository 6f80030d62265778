package org.waymark.referral;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.referral.persistence.ReferralRows;
import org.waymark.retention.ReferralRetentionPolicy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deletes packets' ciphertext when {@link ReferralRetentionPolicy} says they are due: some time after the partner
 * acknowledged them, after the referral ended, when the partner never acknowledged them, and past the hard limit of
 * an open referral. The referral's row, fingerprint, hash and history stay. One instance at a time (advisory lock);
 * each deletion is audited with the rule that made it; a rerun finds nothing left to delete.
 */
@Singleton
public class PacketRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PacketRetention.class);
    private static final int BATCH = 500;

    private final ReferralRows rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReferralRetentionPolicy policy;

    PacketRetention(ReferralRows rows, AuditTrail audit, Clock clock, ReferralRetentionPolicy policy) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "7m")
    void scheduled() {
        int deleted = deleteDue(clock.instant());
        if (deleted > 0) {
            LOG.info("Retention: {} referral packets deleted", deleted);
        }
    }

    /** Deletes the packets due at {@code now}; returns how many. Another instance already deleting makes this a no-op. */
    @Transactional
    public int deleteDue(Instant now) {
        if (!rows.tryPacketRetentionLock()) {
            return 0;
        }
        return delete(rows.findPacketsDueForDeletion(policy.acknowledgedBefore(now), BATCH), now, "packet retention")
                + delete(rows.findEndedPacketsDue(policy.endedBefore(now), BATCH), now, "packet retention: referral ended")
                + delete(rows.findUnacknowledgedPacketsDue(policy.unacknowledgedSentBefore(now), BATCH), now,
                "packet retention: never acknowledged")
                + delete(rows.findPacketsPastOpenLimit(policy.openLimitSentBefore(now), BATCH), now, "packet retention: open past the limit");
    }

    private int delete(List<UUID> due, Instant now, String purpose) {
        int deleted = 0;
        for (UUID id : due) {
            if (rows.deletePacket(id, now) == 1) {
                audit.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.PURGE, "referral", id.toString(), purpose));
                deleted++;
            }
        }
        return deleted;
    }
}
