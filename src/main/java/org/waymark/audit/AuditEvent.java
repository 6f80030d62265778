package org.waymark.audit;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** Who did what to which record and why. Never personal data: ids, types and codes only. */
public record AuditEvent(@Nullable UUID actorId, @Nullable String actorRole, @Nullable UUID actorUnit, @Nullable UUID actorOrganisation,
                         AuditAction action, String recordType, @Nullable String recordId, @Nullable String purpose) {
}
