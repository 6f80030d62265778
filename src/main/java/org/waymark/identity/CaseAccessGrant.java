package org.waymark.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator gave an account the power to read case data ({@link Role#readsCases()}): who, to whom, as what,
 * when, by which act (create, assign, enable). Supervisors see these; staff names only, nothing about a case.
 */
@Serdeable
public record CaseAccessGrant(UUID id, Instant grantedAt, UUID accountId, String accountUsername, Role role,
                              @Nullable UUID unitId, UUID grantedBy, String grantedByUsername, String act) {
}
