package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A legal hold on a screening: while it is not released, retention never erases the screening. */
@MappedEntity("legal_hold")
public record LegalHoldRow(@Id UUID id, UUID screeningId, String reason, UUID placedBy, Instant placedAt, @Nullable UUID releasedBy,
                           @Nullable Instant releasedAt, @Nullable String releaseReason) {
}
