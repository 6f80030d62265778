package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a referral response (the unit's view or the partner's inbox item) the tests read. The inbox never
 * carries a screening id; absent lists (no results reported) read as null.
 */
@Serdeable
public record ReferralBody(String id, String caseReference, @Nullable String screeningId, String partnerId, String format,
                           String status, @Nullable String outcome, boolean named, boolean minor, String urgency, String language, Instant createdAt,
                           String packetSha256, int packetSize, String keyFingerprint, @Nullable List<Event> history,
                           @Nullable Delivery delivery, @Nullable String jointInspection, @Nullable LocalDate jointInspectionDate,
                           @Nullable String jointInspectionReason, @Nullable List<String> results, @Nullable String wageArrears,
                           @Nullable List<String> workplaceWithheld, @Nullable JointInspectionRequest jointInspectionRequest) {

    /** What the unit asked a joint inspection with: its name, the dates it proposed, its contact. */
    @Serdeable
    public record JointInspectionRequest(@Nullable String unitName, @Nullable List<LocalDate> proposedDates, @Nullable String contact) {
    }

    /** One move of the referral's history. */
    @Serdeable
    public record Event(String status, @Nullable String outcome, @Nullable String reason, String byRole, Instant at) {
    }

    /** The push to the partner's endpoint, where the partner has one. */
    @Serdeable
    public record Delivery(int attempts, @Nullable Instant deliveredAt, @Nullable Instant nextAttemptAt) {
    }
}
