package org.waymark.identity.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import org.waymark.identity.security.ReturnPath;
import org.waymark.platform.web.ErrorPage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page asked for without a (still valid) session: opening a page goes to the sign-in page, which then leads back
 * to it; a page form sent after the session ended is a 401 page in the user's language saying nothing of it was
 * saved, with a sign-in link back to the page the form was on (from the same-origin {@code Referer}). Refusals for a
 * role and everything of the API are handled as before (the API: 401/403 problem+json).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class PageSignInRedirect extends DefaultAuthorizationExceptionHandler {

    private final ErrorPage errorPage;

    PageSignInRedirect(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
                       RedirectService redirectService, List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
                       @Nullable PriorToLoginPersistence priorToLoginPersistence, ErrorPage errorPage) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challenges, priorToLoginPersistence);
        this.errorPage = errorPage;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden() || !ErrorPage.wanted(request)) {
            return super.handle(request, exception);
        }
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return Pages.seeOther(signInLeadingBackTo(request.getUri().toString(), false));
        }
        String referer = request.getHeaders().get(HttpHeaders.REFERER);
        String back = null;
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                back = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            } catch (IllegalArgumentException e) {
                back = null;
            }
        }
        return errorPage.sessionEnded(request, signInLeadingBackTo(back, true));
    }

    /** The sign-in page, leading back to {@code page} when it is a path of this site other than the start. */
    static String signInLeadingBackTo(String page, boolean expired) {
        String back = ReturnPath.orElse(page, null);
        String query = (expired ? "expired" : "") + (back == null || back.equals("/") || back.equals("/home") ? ""
                : (expired ? "&" : "") + "back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        return query.isEmpty() ? "/" : "/?" + query;
    }
}
