package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("referral_outbox")
public record OutboxRow(@Id UUID referralId, Instant createdAt, Instant nextAttemptAt, int attempts, @Nullable Instant deliveredAt,
                        @Nullable String lastError) {
}
