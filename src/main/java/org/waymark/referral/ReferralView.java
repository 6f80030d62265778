package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the referring unit or the receiving partner sees it: metadata and history, never the packet's
 * contents (those exist only inside the encrypted packet). {@code results} and {@code wageArrears}: what the partner
 * reported the referral led to when closing it. {@code workplaceWithheld}: what the packet of an anonymous notification
 * left out of the workplace (then no joint inspection can be asked); {@code jointInspectionRequest}: what the unit asked
 * a joint inspection with.
 */
@Serdeable
public record ReferralView(UUID id, String caseReference, @Nullable UUID screeningId, UUID partnerId, String partnerName,
                           String partnerType, String format, ReferralStatus status, @Nullable ClosingOutcome outcome, boolean named,
                           boolean minor, Urgency urgency, String language, Instant createdAt, String packetSha256, int packetSize,
                           String keyFingerprint, List<Event> history, @Nullable Delivery delivery,
                           @Nullable JointInspection jointInspection, @Nullable LocalDate jointInspectionDate,
                           @Nullable String jointInspectionReason, List<PartnerResult> results, @Nullable WageArrears wageArrears,
                           List<String> workplaceWithheld, @Nullable JointInspectionRequest jointInspectionRequest) {

    /** Whether the partner reported what the referral led to. */
    public boolean hasResults() {
        return !results.isEmpty() || wageArrears != null;
    }

    /** Whether a joint inspection may be asked for the workplace this packet names (not one an anonymous notification left out). */
    public boolean workplaceShown() {
        return workplaceWithheld.isEmpty();
    }

    /** The requesting unit (its name is not personal data), the dates it proposed and its duty contact, each may be absent. */
    @Serdeable
    public record JointInspectionRequest(@Nullable String unitName, List<LocalDate> proposedDates, @Nullable String contact) {
    }

    /** One move: to which status, with which outcome or reason, by which role, when. */
    @Serdeable
    public record Event(ReferralStatus status, @Nullable ClosingOutcome outcome, @Nullable String reason, String byRole, Instant at) {
    }

    /** The push to the partner's endpoint, where the partner has one. */
    @Serdeable
    public record Delivery(int attempts, @Nullable Instant deliveredAt, @Nullable Instant nextAttemptAt) {
    }
}
