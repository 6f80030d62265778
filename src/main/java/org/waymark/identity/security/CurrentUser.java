package org.waymark.identity.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import org.waymark.identity.Role;

import java.util.Optional;
import java.util.UUID;

/** The signed-in user as the rest of Waymark sees them: id, role and scope (unit, region, organisation). */
public record CurrentUser(UUID id, String username, Role role, @Nullable UUID unitId, @Nullable UUID regionId,
                          @Nullable UUID organisationId, @Nullable String tokenId) {

    static final String USER_ID = "uid";
    static final String UNIT_ID = "unit";
    static final String REGION_ID = "region";
    static final String ORGANISATION_ID = "org";
    /** The sign-in session: the same across the tokens a page session is renewed with, so forms and sign-out follow it. */
    static final String SESSION_ID = "sid";

    public static CurrentUser of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf).orElseThrow();
        return new CurrentUser(UUID.fromString((String) attributes.get(USER_ID)), authentication.getName(), role,
                uuid(attributes.get(UNIT_ID)), uuid(attributes.get(REGION_ID)), uuid(attributes.get(ORGANISATION_ID)),
                Optional.ofNullable(attributes.get("jti")).map(Object::toString).orElse(null));
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }
}
