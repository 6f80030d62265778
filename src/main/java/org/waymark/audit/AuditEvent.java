package org.waymark.audit;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Who did what to which record and why. Never personal data: ids, types and codes only. Entries are chained and outlive
 * any purge, so free text a person typed (a purpose stated to read a case) is never a purpose here: it is sealed under the
 * case's data key outside the chain, and the purpose only names it by id (screening.StatedPurposes, read_purpose).
 */
public record AuditEvent(@Nullable UUID actorId, @Nullable String actorRole, @Nullable UUID actorUnit, @Nullable UUID actorOrganisation,
                         AuditAction action, String recordType, @Nullable String recordId, @Nullable String purpose) {
}
