package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A referral: metadata and the packet as ciphertext only. */
@MappedEntity("referral")
public record ReferralRow(@Id UUID id, String requestHash, UUID screeningId, UUID unitId, UUID organisationId, UUID partnerKeyId,
                          UUID serviceKeyId, String format, String status, @Nullable String outcome, boolean named, boolean minor,
                          String urgency, String language, UUID createdBy, Instant createdAt, long version, @Nullable byte[] packet,
                          String packetSha256, int packetSize, String keyFingerprint, @Nullable Instant packetDeletedAt) {

    @Override
    public String toString() {
        return "ReferralRow[" + id + ", " + status + "]";
    }
}
