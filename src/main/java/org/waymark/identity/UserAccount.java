package org.waymark.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in. {@code toString} leaves the password hash out. */
@MappedEntity("app_user")
public record UserAccount(@Id UUID id, String username, Role role, @Nullable UUID unitId, @Nullable UUID regionId,
                          @Nullable UUID organisationId, @MappedProperty("password_hash") String passwordHash,
                          boolean enabled, Instant createdAt, @Nullable Instant sessionsValidAfter) {

    public UserAccount withEnabled(boolean on) {
        return new UserAccount(id, username, role, unitId, regionId, organisationId, passwordHash, on, createdAt, sessionsValidAfter);
    }

    public UserAccount withAssignment(Role newRole, @Nullable UUID unit, @Nullable UUID region,
                                      @Nullable UUID organisation) {
        return new UserAccount(id, username, newRole, unit, region, organisation, passwordHash, enabled, createdAt, sessionsValidAfter);
    }

    public UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, username, role, unitId, regionId, organisationId, hash, enabled, createdAt, sessionsValidAfter);
    }

    /** Every session signed in at or before {@code at} ends. */
    public UserAccount withSessionsValidAfter(Instant at) {
        return new UserAccount(id, username, role, unitId, regionId, organisationId, passwordHash, enabled, createdAt, at);
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + role + "]";
    }
}
