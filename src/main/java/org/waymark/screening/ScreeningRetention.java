package org.waymark.screening;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.screening.persistence.ScreeningRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps personal data only as long as needed: a screening untouched for the retention period (default
 * 30 days; referrals, which extend it, come later) loses its wrapped data key, its encrypted personal
 * data and the officers' notes — unreadable for good — while its de-identified fields stay for statistics.
 * One instance does it at a time (a transaction-scoped advisory lock); each purge is audited.
 */
@Singleton
public class ScreeningRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningRetention.class);
    private static final int BATCH = 500;

    private final ScreeningRows rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration keepFor;

    ScreeningRetention(ScreeningRows rows, AuditTrail audit, Clock clock,
                       @Value("${waymark.retention.screening:30d}") Duration keepFor) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void scheduled() {
        int purged = purgeDue(clock.instant());
        if (purged > 0) {
            LOG.info("Retention purge: {} screenings crypto-shredded", purged);
        }
    }

    /** Purges what is due at {@code now}; returns how many. Another instance already purging makes this a no-op. */
    @Transactional
    public int purgeDue(Instant now) {
        if (!rows.tryRetentionLock()) {
            return 0;
        }
        List<UUID> due = rows.findDueForPurge(now.minus(keepFor), BATCH);
        for (UUID id : due) {
            rows.shredNotes(id);
            rows.shredConsentDetails(id);
            rows.shred(id, now);
            audit.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.PURGE, ScreeningAudit.RECORD_TYPE, id.toString(), "retention"));
        }
        return due.size();
    }
}
