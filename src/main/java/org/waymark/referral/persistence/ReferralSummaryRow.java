package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral without its packet, for lists. */
@MappedEntity("referral")
public record ReferralSummaryRow(@Id UUID id, UUID screeningId, UUID unitId, UUID organisationId, String format, String status,
                                 @Nullable String outcome, boolean named, boolean minor, String urgency, String language,
                                 Instant createdAt, long version, String packetSha256, int packetSize, String keyFingerprint,
                                 @Nullable Instant packetDeletedAt, @Nullable String jointInspection,
                                 @Nullable LocalDate jointInspectionDate, @Nullable byte[] jointInspectionReasonSealed,
                                 @Nullable String wageArrears, @Nullable String workplaceWithheld,
                                 @Nullable String jointInspectionProposedDates, @Nullable byte[] jointInspectionContactSealed) {
}
