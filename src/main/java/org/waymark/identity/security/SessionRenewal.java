package org.waymark.identity.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a page session alive while the officer works: a request that came with the session cookie and whose token
 * is older than a third of its lifetime gets a fresh token in the cookie, carrying the same sign-in session id (so
 * page forms stay valid and sign-out ends it all). A session left idle for one token lifetime (15 minutes) ends.
 * Bearer tokens of the API are never renewed here. The pages learn from {@link #secondsLeft} when to warn that the
 * session is about to end, and renew it on request ({@link #renewNow}: the warning's "continue", or the officer
 * working on a page without sending anything, such as typing a note).
 */
@ServerFilter("/**")
public final class SessionRenewal {

    private static final List<String> KEPT = List.of(CurrentUser.USER_ID, CurrentUser.UNIT_ID, CurrentUser.REGION_ID,
            CurrentUser.ORGANISATION_ID, CurrentUser.SESSION_ID);

    private final AccessRefreshTokenGenerator generator;
    private final SessionLoginHandler cookies;
    private final Clock clock;
    private final String cookieName;
    private final Duration lifetime;

    SessionRenewal(AccessRefreshTokenGenerator generator, SessionLoginHandler cookies, Clock clock,
                   SessionCookieSettings cookie,
                   AccessTokenConfiguration token) {
        this.generator = generator;
        this.cookies = cookies;
        this.clock = clock;
        this.cookieName = cookie.cookieName();
        this.lifetime = Duration.ofSeconds(token.getExpiration());
    }

    @ResponseFilter
    void renew(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || request.getCookies().findCookie(cookieName).isEmpty()
                || response.getStatus().getCode() >= 400 || response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(c -> c.startsWith(cookieName + "="))) {
            return;
        }
        request.getUserPrincipal(Authentication.class).filter(this::due).ifPresent(authentication -> renewNow(authentication, response));
    }

    /** Gives the page session a fresh token now, with the same sign-in session id. */
    public void renewNow(Authentication authentication, MutableHttpResponse<?> response) {
        Map<String, Object> attributes = new HashMap<>();
        KEPT.forEach(key -> {
            Object value = authentication.getAttributes().get(key);
            if (value != null) {
                attributes.put(key, value);
            }
        });
        generator.generate(Authentication.build(authentication.getName(), authentication.getRoles(), attributes))
                .ifPresent(token -> response.cookie(cookies.sessionCookie(token.getAccessToken(), lifetime)));
    }

    /**
     * How long the page session lasts without use after the page now being shown: a whole lifetime when this
     * response renews the token, else until the token expires.
     */
    public long secondsLeft(Authentication authentication) {
        if (due(authentication)) {
            return lifetime.toSeconds();
        }
        Instant expires = instantOf(authentication.getAttributes().get("exp"));
        return expires == null ? lifetime.toSeconds() : Math.max(0, Duration.between(clock.instant(), expires).toSeconds());
    }

    /** A page session's lifetime without use. */
    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    private boolean due(Authentication authentication) {
        Instant issued = instantOf(authentication.getAttributes().get("iat"));
        return issued != null && !issued.plus(lifetime.dividedBy(3)).isAfter(clock.instant());
    }

    private static Instant instantOf(Object claim) {
        if (claim instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        if (claim instanceof java.util.Date d) {
            return d.toInstant();
        }
        return null;
    }
}
