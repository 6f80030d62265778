package org.waymark.identity.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/** Refuses a token without an id, or whose id or sign-in session was revoked by sign-out (see {@link RevocationList}). */
@Singleton
class RevocationCheck<T> implements GenericJwtClaimsValidator<T> {

    private final RevocationList revoked;

    RevocationCheck(RevocationList revoked) {
        this.revoked = revoked;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Object jti = claims.get(Claims.TOKEN_ID);
        Object session = claims.get(CurrentUser.SESSION_ID);
        return jti != null && !revoked.isRevoked(jti.toString()) && (session == null || !revoked.isRevoked(session.toString()));
    }
}
