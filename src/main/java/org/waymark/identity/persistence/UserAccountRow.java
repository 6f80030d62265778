package org.waymark.identity.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.waymark.identity.Role;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in. {@code toString} leaves the password hash out. */
@MappedEntity("app_user")
public record UserAccountRow(@Id UUID id, String username, Role role, @Nullable UUID unitId, @Nullable UUID regionId,
                             @Nullable UUID organisationId, @MappedProperty("password_hash") String passwordHash,
                             boolean enabled, Instant createdAt, @Nullable Instant sessionsValidAfter, boolean mustChoosePassword) {

    public UserAccountRow withEnabled(boolean on) {
        return new UserAccountRow(id, username, role, unitId, regionId, organisationId, passwordHash, on, createdAt, sessionsValidAfter, mustChoosePassword);
    }

    public UserAccountRow withAssignment(Role newRole, @Nullable UUID unit, @Nullable UUID region,
                                      @Nullable UUID organisation) {
        return new UserAccountRow(id, username, newRole, unit, region, organisation, passwordHash, enabled, createdAt, sessionsValidAfter,
                mustChoosePassword);
    }

    /** A password an administrator set: it opens no session until the holder chose their own. */
    public UserAccountRow withTemporaryPassword(String hash) {
        return new UserAccountRow(id, username, role, unitId, regionId, organisationId, hash, enabled, createdAt, sessionsValidAfter, true);
    }

    /** A password the account's holder chose. */
    public UserAccountRow withOwnPassword(String hash) {
        return new UserAccountRow(id, username, role, unitId, regionId, organisationId, hash, enabled, createdAt, sessionsValidAfter, false);
    }

    /** Every session signed in at or before {@code at} ends. */
    public UserAccountRow withSessionsValidAfter(Instant at) {
        return new UserAccountRow(id, username, role, unitId, regionId, organisationId, passwordHash, enabled, createdAt, at, mustChoosePassword);
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + role + "]";
    }
}
