package org.waymark.identity.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Reads the token from the session cookie of the web pages; the same checks apply as to a bearer token. */
@Singleton
class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    private final String cookieName;

    SessionCookieReader(SessionCookieSettings cookie) {
        this.cookieName = cookie.cookieName();
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(value -> !value.isBlank());
    }
}
