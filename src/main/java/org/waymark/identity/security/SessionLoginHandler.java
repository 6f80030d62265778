package org.waymark.identity.security;

import io.micronaut.context.annotation.Replaces;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sign-in answers with the bearer token for the API and, for the web pages, the same token in a
 * session cookie: HttpOnly (no script can read it), Secure, SameSite=Strict (not sent on cross-site
 * requests), and as short-lived as the token. The sign-in page posts a form: it gets a redirect to the
 * user's home page, or to the page where the session had ended ({@code ?back=}, a path of this site only), or back
 * to the sign-in page with a message; and no token in the body.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
class SessionLoginHandler extends AccessRefreshTokenLoginHandler {

    private final String cookieName;

    SessionLoginHandler(AccessRefreshTokenGenerator generator,
                        SessionCookieSettings cookie) {
        super(generator);
        this.cookieName = cookie.cookieName();
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.loginSuccess(authentication, request);
        Cookie cookie = response.getBody(BearerAccessRefreshToken.class).map(token -> sessionCookie(token.getAccessToken(),
                Duration.ofSeconds(token.getExpiresIn() == null ? 900 : token.getExpiresIn()))).orElse(null);
        if (fromPage(request)) {
            MutableHttpResponse<?> redirect = seeOther(ReturnPath.orElse(request.getParameters().get("back"), "/home"));
            return cookie == null ? redirect : redirect.cookie(cookie);
        }
        return cookie == null ? response : response.cookie(cookie);
    }

    /**
     * A wrong password: 401 (the page: back with a message). A sign-in slowed down after repeated failures, or while too
     * many are being checked: 429 with {@code Retry-After} and a problem body that says so (the page: how long to wait),
     * so an officer whose account someone else hammered knows the right password will work again shortly. The right
     * password an administrator set: 403 {@code sign-in.choose-password} (the page: the form to choose one's own).
     */
    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (failure instanceof SignInSlowedDown slowed) {
            long seconds = slowed.retryAfterSeconds();
            if (fromPage(request)) {
                return seeOther(keepingBack("/?wait=" + seconds, request));
            }
            String detail = slowed.busy() ? "Many sign-ins are being checked at this moment; try again in " + seconds + " s."
                    : "Too many failed sign-ins for this account or from this address recently. Wait " + seconds
                    + " s, then the right password works; if these attempts were not yours, tell your administrator.";
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body(java.util.Map.of("type", "urn:waymark:problem:" + (slowed.busy() ? "sign-in.busy" : "sign-in.slowed-down"),
                            "title", "Too Many Requests", "status", 429, "detail", detail, "retryAfterSeconds", seconds));
        }
        if (failure instanceof io.micronaut.security.authentication.AuthenticationFailed failed
                && failed.getReason() == io.micronaut.security.authentication.AuthenticationFailureReason.PASSWORD_EXPIRED) {
            if (fromPage(request)) {
                return seeOther("/password?first");
            }
            return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body(java.util.Map.of("type", "urn:waymark:problem:sign-in.choose-password", "title", "Forbidden", "status", 403,
                            "detail", "An administrator set this password. Choose your own (POST /api/v1/auth/password) before signing in."));
        }
        return fromPage(request) ? seeOther(keepingBack("/?failed", request)) : super.loginFailed(failure, request);
    }

    Cookie sessionCookie(String value, Duration maxAge) {
        return Cookie.of(cookieName, value).httpOnly(true).secure(true).sameSite(SameSite.Strict).path("/").maxAge(maxAge);
    }

    private static boolean fromPage(HttpRequest<?> request) {
        return request.getContentType().map(MediaType.APPLICATION_FORM_URLENCODED_TYPE::matches).orElse(false);
    }

    /** The sign-in page again, still leading back to the page where the session had ended. */
    private static String keepingBack(String page, HttpRequest<?> request) {
        String back = ReturnPath.orElse(request.getParameters().get("back"), null);
        return back == null ? page : page + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    private static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(path)));
    }
}
