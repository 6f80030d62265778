package org.waymark.audit.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An act recorded but not yet linked into the chain (table {@code audit_pending}). */
@MappedEntity("audit_pending")
public record PendingEntryRow(@Id @GeneratedValue @Nullable Long id, Instant at, @Nullable UUID actorId, @Nullable String actorRole,
                              @Nullable UUID actorUnit, @Nullable UUID actorOrg, String action, String recordType, @Nullable String recordId,
                              @Nullable String purpose, @Nullable String requestId, @Nullable String clientAddress) {
}
