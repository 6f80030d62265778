package org.waymark.identity.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.waymark.identity.CaseAccessGrant;
import org.waymark.identity.Role;

import java.time.Instant;
import java.util.UUID;

/** The stored form of a {@link CaseAccessGrant}. */
@MappedEntity("case_access_grant")
public record CaseAccessGrantRow(@Id UUID id, Instant grantedAt, UUID accountId, String accountUsername, Role role,
                                 @Nullable UUID unitId, UUID grantedBy, String grantedByUsername, String act) {

    public static CaseAccessGrantRow of(CaseAccessGrant grant) {
        return new CaseAccessGrantRow(grant.id(), grant.grantedAt(), grant.accountId(), grant.accountUsername(), grant.role(),
                grant.unitId(), grant.grantedBy(), grant.grantedByUsername(), grant.act());
    }

    public CaseAccessGrant grant() {
        return new CaseAccessGrant(id, grantedAt, accountId, accountUsername, role, unitId, grantedBy, grantedByUsername, act);
    }
}
