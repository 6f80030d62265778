package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A partner's public key as registered; public material only. */
@MappedEntity("partner_key")
public record PartnerKeyRow(@Id UUID id, UUID organisationId, String format, String keyText, String fingerprint, String algorithm,
                            @Nullable Instant expiresAt, Instant addedAt, UUID addedBy, @Nullable Instant retiredAt) {
}
