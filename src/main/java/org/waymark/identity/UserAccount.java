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
                          boolean enabled, Instant createdAt, @io.micronaut.core.annotation.Nullable Instant sessionsValidAfter) {

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + role + "]";
    }
}
