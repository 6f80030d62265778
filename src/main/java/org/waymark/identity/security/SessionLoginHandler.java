package org.waymark.identity.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;

/**
 * Sign-in answers with the bearer token for the API and, for the web pages, the same token in a
 * session cookie: HttpOnly (no script can read it), Secure, SameSite=Strict (not sent on cross-site
 * requests), and as short-lived as the token. The sign-in page posts a form: it gets a redirect to the
 * user's home page (or back to the sign-in page with a message) and no token in the body.
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
        Cookie cookie = response.getBody(BearerAccessRefreshToken.class).map(token -> sessionCookie(token.getAccessToken(),
                Duration.ofSeconds(token.getExpiresIn() == null ? 900 : token.getExpiresIn()))).orElse(null);
        if (fromPage(request)) {
            MutableHttpResponse<?> redirect = seeOther("/home");
            return cookie == null ? redirect : redirect.cookie(cookie);
        }
        return cookie == null ? response : response.cookie(cookie);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        return fromPage(request) ? seeOther("/?failed") : super.loginFailed(failure, request);
    }

    Cookie sessionCookie(String value, Duration maxAge) {
        return Cookie.of(cookieName, value).httpOnly(true).secure(true).sameSite(SameSite.Strict).path("/").maxAge(maxAge);
    }

    private static boolean fromPage(HttpRequest<?> request) {
        return request.getContentType().map(MediaType.APPLICATION_FORM_URLENCODED_TYPE::matches).orElse(false);
    }

    private static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(path)));
    }
}
