package org.waymark.referral;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.referral.persistence.ReferralRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deletes a packet's ciphertext {@code waymark.retention.packet-after-acknowledgement} (30 days) after the partner
 * acknowledged it: the partner has its copy; the referral's row, fingerprint, hash and history stay. One instance
 * at a time (advisory lock); each deletion is audited.
 */
@Singleton
public class PacketRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PacketRetention.class);
    private static final int BATCH = 500;

    private final ReferralRows rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration keepFor;

    PacketRetention(ReferralRows rows, AuditTrail audit, Clock clock,
                    @Value("${waymark.retention.packet-after-acknowledgement:30d}") Duration keepFor) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "7m")
    void scheduled() {
        int deleted = deleteDue(clock.instant());
        if (deleted > 0) {
            LOG.info("Retention: {} acknowledged packets deleted", deleted);
        }
    }

    @Transactional
    public int deleteDue(Instant now) {
        if (!rows.tryPacketRetentionLock()) {
            return 0;
        }
        List<UUID> due = rows.findPacketsDueForDeletion(now.minus(keepFor), BATCH);
        for (UUID id : due) {
            rows.deletePacket(id, now);
            audit.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.PURGE, "referral", id.toString(), "packet retention"));
        }
        return due.size();
    }
}
