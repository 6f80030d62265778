package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A legal hold on a screening: while it is not released, retention never erases the screening. Its reasons are sealed
 * ({@code reasonSealed}, {@code releaseReasonSealed}); the plain columns hold only reasons recorded before V22.
 */
@MappedEntity("legal_hold")
public record LegalHoldRow(@Id UUID id, UUID screeningId, @Nullable String reason, UUID placedBy, Instant placedAt, @Nullable UUID releasedBy,
                           @Nullable Instant releasedAt, @Nullable String releaseReason, @Nullable byte[] reasonSealed,
                           @Nullable byte[] releaseReasonSealed) {
}
