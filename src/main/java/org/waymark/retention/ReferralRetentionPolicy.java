package org.waymark.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long a referral may keep personal data, and when a referral that never ends stops holding its screening.
 * <p>A packet is the person's data encrypted to the partner; Waymark keeps it only until it cannot be needed:
 * <ul>
 *   <li>{@code packet-after-acknowledgement} (30 days) after the partner acknowledged it: the partner has its copy;</li>
 *   <li>{@code packet-after-referral-ended} (7 days) after the referral was declined, closed or revoked: nobody is
 *       meant to open it any more (a revoked packet is refused for download at once; the days only leave room for a
 *       mistaken move to be noticed);</li>
 *   <li>{@code packet-unacknowledged} (30 days) after it was sent, if the partner never acknowledged it: data waiting
 *       for ever for a partner who does not answer is a risk without a purpose;</li>
 *   <li>{@code referral-open-limit} (180 days) after it was sent, whatever the referral's status.</li>
 * </ul>
 * <p>A referral that has not moved for {@code referral-overdue} (14 days) while open (sent, received or accepted) is
 * overdue: supervisors see it in their list of overdue referrals (no personal data) and the audit trail records it,
 * once per stall, so that someone chases the partner long before the hard limit.
 * <p>The hard limit, {@code referral-open-limit}: a referral sent longer ago than that no longer holds its screening's
 * personal data, whatever its status. Otherwise a partner who never closes a referral would keep a person's data for
 * ever, which no purpose justifies (GDPR / LED storage limitation); the partner got the packet it needed at the time,
 * and the referral row stays as a tombstone without personal data — status, partner, dates, the moves' statuses —
 * for statistics and accountability. A referral that ended normally holds its screening for
 * {@code after-referrals-ended} after its last move, but never past the hard limit. Legal holds still win.
 */
public final class ReferralRetentionPolicy {

    private final Duration packetAfterAcknowledgement;
    private final Duration packetAfterEnded;
    private final Duration packetUnacknowledged;
    private final Duration overdue;
    private final Duration openLimit;

    public ReferralRetentionPolicy(Duration packetAfterAcknowledgement, Duration packetAfterEnded, Duration packetUnacknowledged,
                                   Duration overdue, Duration openLimit) {
        Map<String, Duration> settings = new LinkedHashMap<>();
        settings.put("waymark.retention.packet-after-acknowledgement", packetAfterAcknowledgement);
        settings.put("waymark.retention.packet-after-referral-ended", packetAfterEnded);
        settings.put("waymark.retention.packet-unacknowledged", packetUnacknowledged);
        settings.put("waymark.retention.referral-overdue", overdue);
        settings.put("waymark.retention.referral-open-limit", openLimit);
        settings.forEach((name, value) -> {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration");
            }
        });
        if (overdue.compareTo(openLimit) >= 0) {
            throw new IllegalArgumentException("waymark.retention.referral-overdue must be shorter than waymark.retention.referral-open-limit, "
                    + "so that supervisors hear of a stalled referral before its hard limit");
        }
        this.packetAfterAcknowledgement = packetAfterAcknowledgement;
        this.packetAfterEnded = packetAfterEnded;
        this.packetUnacknowledged = packetUnacknowledged;
        this.overdue = overdue;
        this.openLimit = openLimit;
    }

    /** How long an open referral may go without a move before it is overdue. */
    public Duration overdue() {
        return overdue;
    }

    /** Packets acknowledged before this are due. */
    public Instant acknowledgedBefore(Instant now) {
        return now.minus(packetAfterAcknowledgement);
    }

    /** Packets of referrals whose ending move was before this are due. */
    public Instant endedBefore(Instant now) {
        return now.minus(packetAfterEnded);
    }

    /** Packets sent before this and never acknowledged are due. */
    public Instant unacknowledgedSentBefore(Instant now) {
        return now.minus(packetUnacknowledged);
    }

    /** An open referral whose last move was before this is overdue. */
    public Instant overdueIfLastMoveBefore(Instant now) {
        return now.minus(overdue);
    }

    /** A referral sent before this is past the hard limit: its packet is due, and it holds its screening no more. */
    public Instant openLimitSentBefore(Instant now) {
        return now.minus(openLimit);
    }

    /** Whether a referral sent at {@code sentAt} is past the hard limit at {@code now}. */
    public boolean pastOpenLimit(Instant sentAt, Instant now) {
        return sentAt.isBefore(openLimitSentBefore(now));
    }
}
