package org.waymark.identity.security;

import java.time.Instant;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/** Refuses a token without an id, or whose id or sign-in session was revoked by sign-out (see {@link RevocationList}). */
@Singleton
class RevocationCheck<T> implements GenericJwtClaimsValidator<T> {

    private final RevocationList revoked;
    private final SessionCutoffs cutoffs;

    RevocationCheck(RevocationList revoked, SessionCutoffs cutoffs) {
        this.revoked = revoked;
        this.cutoffs = cutoffs;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Object jti = claims.get(Claims.TOKEN_ID);
        Object session = claims.get(CurrentUser.SESSION_ID);
        return jti != null && !revoked.isRevoked(jti.toString()) && (session == null || !revoked.isRevoked(session.toString()))
                && !cutOff(claims.get(CurrentUser.USER_ID), claims.get(SignInProvider.SIGNED_IN_AT), claims.get(Claims.ISSUED_AT));
    }

    /** An administrator ended this account's sessions after the token was issued (or the token says nothing to tell). */
    private boolean cutOff(Object user, Object signedInAt, Object issuedAt) {
        if (user == null) {
            return false;
        }
        Instant issued = signedInAt instanceof Number millis ? Instant.ofEpochMilli(millis.longValue())
                : issuedAt instanceof Number n ? Instant.ofEpochSecond(n.longValue())
                : issuedAt instanceof java.util.Date d ? d.toInstant() : Instant.EPOCH;
        try {
            return cutoffs.isCutOff(java.util.UUID.fromString(user.toString()), issued);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
