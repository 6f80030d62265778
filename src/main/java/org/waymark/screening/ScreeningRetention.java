package org.waymark.screening;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.retention.ReferralRetentionPolicy;
import org.waymark.retention.RetentionSettings;
import org.waymark.screening.persistence.ScreeningRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps personal data only as long as needed: a screening without a referral, untouched for
 * {@code waymark.retention.screening} (30 days), or one whose referrals have all ended (declined, closed or
 * revoked) for {@code waymark.retention.after-referrals-ended} (90 days), loses its wrapped data key, its
 * encrypted personal data, the officers' notes and every other text typed about the case (reopen, hold and referral
 * reasons, the consent representative, purposes stated to read it, the workplace facts: {@link CaseTexts}) — unreadable for good, even with
 * the master key — while its de-identified fields stay for statistics. A referral sent longer ago than the hard limit of
 * {@link ReferralRetentionPolicy} holds its screening no more, whatever its status. The referrals stay as tombstones:
 * their packets and the reasons typed for their moves go with the screening; status, partner and dates remain.
 * Screenings under a legal hold are skipped and reported.
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
    private final Duration keepAfterReferrals;
    private final ReferralRetentionPolicy referralPolicy;

    ScreeningRetention(ScreeningRows rows, AuditTrail audit, Clock clock, ReferralRetentionPolicy referralPolicy,
                       RetentionSettings settings) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.keepFor = settings.screening();
        this.keepAfterReferrals = settings.afterReferralsEnded();
        this.referralPolicy = referralPolicy;
    }

    /** What one run did: the screenings erased, and those due but held. */
    public record Report(int purged, List<UUID> held) {
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void scheduled() {
        Report report = run(clock.instant());
        if (report.purged() > 0 || !report.held().isEmpty()) {
            LOG.info("Retention purge: {} screenings crypto-shredded, {} due but under legal hold", report.purged(), report.held().size());
        }
    }

    /** Purges what is due at {@code now}; returns how many. Another instance already purging makes this a no-op. */
    @Transactional
    public int purgeDue(Instant now) {
        return run(now).purged();
    }

    /** Purges what is due at {@code now} and reports what a legal hold kept. */
    @Transactional
    public Report run(Instant now) {
        if (!rows.tryRetentionLock()) {
            return new Report(0, List.of());
        }
        Instant sentBefore = referralPolicy.openLimitSentBefore(now);
        List<UUID> due = rows.findDueForPurge(now.minus(keepFor), now.minus(keepAfterReferrals), sentBefore, BATCH);
        for (UUID id : due) {
            rows.shredNotes(id);
            rows.shredConsentDetails(id);
            rows.shredHoldReasons(id);
            rows.shredReadPurposes(id);
            rows.shredWorkplaceFacts(id);
            rows.shredReferralReasons(id);
            for (UUID referral : rows.findReferralsHoldingPackets(id)) {
                if (rows.deleteReferralPacket(referral, now) == 1) {
                    audit.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.PURGE, "referral", referral.toString(),
                            "packet retention: screening purged"));
                }
            }
            rows.shred(id, now);
            audit.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.PURGE, ScreeningAudit.RECORD_TYPE, id.toString(), "retention"));
        }
        return new Report(due.size(), rows.findHeldButDue(now.minus(keepFor), now.minus(keepAfterReferrals), sentBefore));
    }
}
