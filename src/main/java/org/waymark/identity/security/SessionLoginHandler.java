package org.waymark.identity.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Sign-in answers with the bearer token for the API and, for the web pages, the same token in a
 * session cookie: HttpOnly (no script can read it), Secure, SameSite=Strict (not sent on cross-site
 * requests, which is the CSRF defence), and as short-lived as the token.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
class SessionLoginHandler extends AccessRefreshTokenLoginHandler {

    private final String cookieName;

    SessionLoginHandler(AccessRefreshTokenGenerator generator,
                        @Value("${micronaut.security.token.cookie.cookie-name:waymark_session}") String cookieName) {
        super(generator);
        this.cookieName = cookieName;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.loginSuccess(authentication, request);
        response.getBody(BearerAccessRefreshToken.class).ifPresent(token -> response.cookie(sessionCookie(token.getAccessToken(),
                Duration.ofSeconds(token.getExpiresIn() == null ? 900 : token.getExpiresIn()))));
        return response;
    }

    Cookie sessionCookie(String value, Duration maxAge) {
        return Cookie.of(cookieName, value).httpOnly(true).secure(true).sameSite(SameSite.Strict).path("/").maxAge(maxAge);
    }
}
