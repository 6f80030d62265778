package org.waymark.referral;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.Organisation;
import org.waymark.identity.Organisations;
import org.waymark.identity.Unit;
import org.waymark.identity.Units;
import org.waymark.referral.persistence.ReferralEventRows;
import org.waymark.referral.persistence.ReferralRows;
import org.waymark.referral.persistence.ReferralSummaryRow;
import org.waymark.referral.persistence.ReferralSummaryRows;
import org.waymark.retention.ReferralRetentionPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Referrals stuck open longer than {@link ReferralRetentionPolicy} allows without a move: listed for supervisors
 * (without personal data), and each stall recorded once in the audit trail by an hourly job, so that someone chases
 * the partner before the hard limit releases the screening.
 */
@Singleton
public class OverdueReferrals {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueReferrals.class);

    private final ReferralSummaryRows summaries;
    private final ReferralRows rows;
    private final ReferralEventRows events;
    private final Units units;
    private final Organisations organisations;
    private final ReferralRetentionPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    OverdueReferrals(ReferralSummaryRows summaries, ReferralRows rows, ReferralEventRows events, Units units, Organisations organisations,
                     ReferralRetentionPolicy policy, AuditTrail audit, Clock clock) {
        this.summaries = summaries;
        this.rows = rows;
        this.events = events;
        this.units = units;
        this.organisations = organisations;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every unit's overdue referrals at {@code now}, oldest first. */
    @Transactional
    public List<OverdueReferral> list(Instant now) {
        return summaries.findOverdue(policy.overdueIfLastMoveBefore(now)).stream().map(row -> view(row, now)).toList();
    }

    /** How many days without a move make an open referral overdue. */
    public long overdueDays() {
        return policy.overdue().toDays();
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "9m")
    void scheduled() {
        int reported = reportDue(clock.instant());
        if (reported > 0) {
            LOG.info("Retention: {} referrals newly overdue, listed for supervisors", reported);
        }
    }

    /**
     * Records in the audit trail each referral that became overdue since it last moved; returns how many. A referral
     * already reported for this stall is not reported again, so reruns (and concurrent instances) add nothing.
     */
    @Transactional
    public int reportDue(Instant now) {
        int reported = 0;
        for (ReferralSummaryRow row : summaries.findOverdue(policy.overdueIfLastMoveBefore(now))) {
            if (rows.markOverdueReported(row.id(), now) == 1) {
                audit.record(new AuditEvent(null, "SYSTEM", null, null, AuditAction.UPDATE, "referral", row.id().toString(),
                        "overdue: " + row.status() + " without a move, listed for supervisors"));
                reported++;
            }
        }
        return reported;
    }

    private OverdueReferral view(ReferralSummaryRow row, Instant now) {
        Unit unit = units.findById(row.unitId()).orElseThrow();
        Organisation partner = organisations.findById(row.organisationId()).orElseThrow();
        Instant lastMove = events.findFirstByReferralIdOrderByIdDesc(row.id()).orElseThrow().at();
        return new OverdueReferral(ReferralViews.caseReference(row), unit.code(), unit.name(), partner.name(), partner.type().name(),
                ReferralStatus.of(row), Urgency.valueOf(row.urgency()), row.createdAt(), lastMove,
                Duration.between(lastMove, now).toDays(), row.packetDeletedAt() != null, policy.pastOpenLimit(row.createdAt(), now));
    }
}
