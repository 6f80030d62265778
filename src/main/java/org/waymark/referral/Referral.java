package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import org.waymark.identity.OrganisationType;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.waymark.referral.ReferralStatus.ACCEPTED;
import static org.waymark.referral.ReferralStatus.CLOSED;
import static org.waymark.referral.ReferralStatus.DECLINED;
import static org.waymark.referral.ReferralStatus.RECEIVED;
import static org.waymark.referral.ReferralStatus.REVOKED;
import static org.waymark.referral.ReferralStatus.SENT;

/**
 * A sent referral as its lifecycle sees it, free of storage: where it is, how it ended and the version it was read
 * at. Each verb says whether the move is allowed now, or refuses it with a named reason; {@link #after} is the
 * referral once an allowed move is made. The partner receives, accepts, declines (with a reason) and closes (with an
 * outcome); the referring unit revokes (with a reason) until the partner accepts. A referral to the labour inspectorate
 * can also carry a joint inspection: the unit asks, the inspectorate agrees (with a date) or declines (with a reason).
 */
public record Referral(UUID id, ReferralStatus status, @Nullable ClosingOutcome outcome, long version) {

    /** Who asks for the move. */
    public enum Side { PARTNER, REFERRING_UNIT }

    private static final Map<ReferralStatus, Set<ReferralStatus>> PARTNER_MOVES = Map.of(
            SENT, Set.of(RECEIVED),
            RECEIVED, Set.of(ACCEPTED, DECLINED),
            ACCEPTED, Set.of(CLOSED));
    private static final Map<ReferralStatus, Set<ReferralStatus>> UNIT_MOVES = Map.of(
            SENT, Set.of(REVOKED),
            RECEIVED, Set.of(REVOKED));

    /** The partner acknowledges the packet. */
    public Decision receive() {
        return transition(Side.PARTNER, RECEIVED);
    }

    /** The partner takes the case on. */
    public Decision accept() {
        return transition(Side.PARTNER, ACCEPTED);
    }

    /** The partner turns the case down; it must say why. */
    public Decision decline(@Nullable String reason) {
        return transition(Side.PARTNER, DECLINED).then(() -> reasonGiven(reason, "is required to decline"));
    }

    /** The partner ends an accepted case with an outcome; any outcome but SUCCESSFUL needs a reason. */
    public Decision close(@Nullable ClosingOutcome closing, @Nullable String reason) {
        return transition(Side.PARTNER, CLOSED).then(() -> closing == null
                ? new Refused("referral.outcome-required", "outcome", "is required to close a referral")
                : closing == ClosingOutcome.SUCCESSFUL ? Decision.allowed()
                : reasonGiven(reason, "is required when the outcome is not SUCCESSFUL"));
    }

    /** The referring unit withdraws a referral the partner has not accepted; it must say why. */
    public Decision revoke(@Nullable String reason) {
        return transition(Side.REFERRING_UNIT, REVOKED).then(() -> reasonGiven(reason, "is required to revoke"));
    }

    /**
     * A move as a client asks for it: {@code side} may move this referral to {@code to} with these details, or why
     * not. An outcome and the partner's structured results are only for closing.
     */
    public Decision move(Side side, ReferralStatus to, @Nullable ClosingOutcome closing, @Nullable String reason, PartnerOutcomes results) {
        return transition(side, to).then(() -> switch (to) {
            case RECEIVED -> receive();
            case ACCEPTED -> accept();
            case DECLINED -> decline(reason);
            case CLOSED -> close(closing, reason);
            case REVOKED -> revoke(reason);
            case SENT -> transition(side, SENT);
        }).then(() -> to == CLOSED || closing == null ? Decision.allowed()
                : new Refused("referral.outcome-not-allowed", "outcome", "is only for closing a referral"))
                .then(() -> to == CLOSED || results.isEmpty() ? Decision.allowed()
                        : new Refused("referral.results-not-allowed", "results", "are only recorded when closing a referral"))
                .then(results::check);
    }

    /**
     * The referring unit asks the labour inspectorate it referred the case to for a joint inspection of the workplace:
     * only of a labour inspectorate, only when the packet names the workplace (an anonymous notification may have left
     * it out, {@code workplaceWithheld} saying why: the inspectorate cannot be asked to inspect a place it cannot see),
     * while the referral is open, not while a request is pending or agreed, and proposing no date before {@code today}.
     */
    public Decision requestJointInspection(OrganisationType partner, @Nullable JointInspection current, List<String> workplaceWithheld,
                                           List<LocalDate> proposedDates, LocalDate today) {
        if (partner != OrganisationType.LABOUR_INSPECTORATE) {
            return new Refused("referral.joint-inspection-inspectorate-only", "referral", "is not to a labour inspectorate");
        }
        if (!workplaceWithheld.isEmpty()) {
            return new Refused("referral.joint-inspection-workplace-withheld", "referral", "this anonymous notification left the workplace "
                    + "out (" + String.join(", ", workplaceWithheld) + "), so the inspectorate cannot see the place to inspect");
        }
        if (status.isFinal()) {
            return new Refused("referral.joint-inspection-not-allowed", "status", "a referral that is " + status + " cannot ask for a joint inspection");
        }
        if (current == JointInspection.REQUESTED || current == JointInspection.AGREED) {
            return new Refused("referral.joint-inspection-not-allowed", "jointInspection", "a joint inspection is already " + current);
        }
        return proposedDates.stream().anyMatch(date -> date.isBefore(today))
                ? Refused.invalid("proposedDates", "must not be in the past") : Decision.allowed();
    }

    /** The inspectorate agrees to a requested joint inspection, on a date from {@code today} on. */
    public Decision agreeJointInspection(@Nullable JointInspection current, @Nullable LocalDate date, LocalDate today) {
        return requested(current).then(() -> date == null ? new Refused("referral.joint-inspection-date-required", "date", "is required to agree")
                : date.isBefore(today) ? new Refused("referral.joint-inspection-date-past", "date", "must not be in the past")
                : Decision.allowed());
    }

    /** The inspectorate declines a requested joint inspection; it must say why. */
    public Decision declineJointInspection(@Nullable JointInspection current, @Nullable String reason) {
        return requested(current).then(() -> reasonGiven(reason, "is required to decline a joint inspection"));
    }

    private static Decision requested(@Nullable JointInspection current) {
        return current == JointInspection.REQUESTED ? Decision.allowed()
                : new Refused("referral.joint-inspection-not-allowed", "jointInspection", "no joint inspection is waiting for an answer");
    }

    /** This referral once moved to {@code to}, at the next version. */
    public Referral after(ReferralStatus to, @Nullable ClosingOutcome closing) {
        return new Referral(id, to, closing, version + 1);
    }

    private Decision transition(Side side, ReferralStatus to) {
        if ((side == Side.PARTNER ? PARTNER_MOVES : UNIT_MOVES).getOrDefault(status, Set.of()).contains(to)) {
            return Decision.allowed();
        }
        return new Refused("referral.transition-not-allowed", "status", "a referral that is " + status + " cannot become " + to
                + (side == Side.PARTNER ? " by the partner" : " by the referring unit"));
    }

    private static Decision reasonGiven(@Nullable String reason, String otherwise) {
        return reason != null && !reason.isBlank() ? Decision.allowed() : new Refused("referral.reason-required", "reason", otherwise);
    }
}
