package org.waymark.identity.security;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Ends a session: the token id and the sign-in session are revoked until any token of the session would have expired,
 * and the session cookie is cleared.
 */
@Singleton
public class SignOut {

    private final RevocationList revoked;
    private final Clock clock;
    private final String cookieName;

    private final java.time.Duration tokenLifetime;

    SignOut(RevocationList revoked, Clock clock, SessionCookieSettings cookie,
            AccessTokenConfiguration token) {
        this.revoked = revoked;
        this.tokenLifetime = java.time.Duration.ofSeconds(token.getExpiration());
        this.clock = clock;
        this.cookieName = cookie.cookieName();
    }

    public <T> MutableHttpResponse<T> end(Authentication authentication, MutableHttpResponse<T> response) {
        CurrentUser user = CurrentUser.of(authentication);
        Object exp = authentication.getAttributes().get("exp");
        Instant expiresAt = exp instanceof Number n ? Instant.ofEpochSecond(n.longValue())
                : exp instanceof java.util.Date d ? d.toInstant() : clock.instant().plusSeconds(3600);
        revoked.revoke(user.tokenId(), expiresAt);
        Object session = authentication.getAttributes().get(CurrentUser.SESSION_ID);
        if (session != null) {
            // every token of this session (renewed ones included) expires within one token lifetime from now
            revoked.revoke(session.toString(), clock.instant().plus(tokenLifetime));
        }
        return response.cookie(Cookie.of(cookieName, "").httpOnly(true).secure(true).sameSite(SameSite.Strict).path("/").maxAge(0));
    }
}
