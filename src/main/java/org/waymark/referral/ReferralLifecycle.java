package org.waymark.referral;

import java.util.Map;
import java.util.Set;

/**
 * The rules of the referral lifecycle, free of storage: who may move a referral from which status to which,
 * and what each move must carry. A move to the status a referral already has, with the same details, is a
 * retry and changes nothing.
 */
public final class ReferralLifecycle {

    /** Who asks for the move. */
    public enum Side { PARTNER, REFERRING_UNIT }

    private static final Map<ReferralStatus, Set<ReferralStatus>> PARTNER_MOVES = Map.of(
            ReferralStatus.SENT, Set.of(ReferralStatus.RECEIVED),
            ReferralStatus.RECEIVED, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED),
            ReferralStatus.ACCEPTED, Set.of(ReferralStatus.CLOSED));
    private static final Map<ReferralStatus, Set<ReferralStatus>> UNIT_MOVES = Map.of(
            ReferralStatus.SENT, Set.of(ReferralStatus.REVOKED),
            ReferralStatus.RECEIVED, Set.of(ReferralStatus.REVOKED));

    private ReferralLifecycle() {
    }

    /** Why a move is refused; {@code field} names the request field at fault. */
    public record Refusal(String code, String field, String reason) {
    }

    /**
     * Null when {@code side} may move a referral from {@code from} to {@code to} with these details;
     * otherwise why not.
     */
    public static Refusal check(Side side, ReferralStatus from, ReferralStatus to, ClosingOutcome outcome, String reason) {
        Set<ReferralStatus> allowed = (side == Side.PARTNER ? PARTNER_MOVES : UNIT_MOVES).getOrDefault(from, Set.of());
        if (!allowed.contains(to)) {
            return new Refusal("referral.transition-not-allowed", "status",
                    "a referral that is " + from + " cannot become " + to + (side == Side.PARTNER ? " by the partner" : " by the referring unit"));
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if ((to == ReferralStatus.DECLINED || to == ReferralStatus.REVOKED) && !hasReason) {
            return new Refusal("referral.reason-required", "reason", "is required to " + (to == ReferralStatus.DECLINED ? "decline" : "revoke"));
        }
        if (to == ReferralStatus.CLOSED) {
            if (outcome == null) {
                return new Refusal("referral.outcome-required", "outcome", "is required to close a referral");
            }
            if (outcome != ClosingOutcome.SUCCESSFUL && !hasReason) {
                return new Refusal("referral.reason-required", "reason", "is required when the outcome is not SUCCESSFUL");
            }
        } else if (outcome != null) {
            return new Refusal("referral.outcome-not-allowed", "outcome", "is only for closing a referral");
        }
        return null;
    }
}
