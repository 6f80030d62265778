package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("partner")
public record PartnerRow(@Id UUID organisationId, @Nullable String contact, @Nullable String pushEndpoint, Instant updatedAt) {
}
