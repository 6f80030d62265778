package org.waymark.platform.web;

import org.waymark.shared.OfficerLanguages;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An error on a web page route is shown as a page ({@code views/error.html}) in the user's language: what happened
 * in plain words for its status (unknown address, method not allowed, session ended, refused, not found, conflict,
 * our fault), the safe technical message and fields, the request id, and a way on (back to the start page, or sign in
 * again and return). Never JSON; the API ({@code /api/**}) keeps answering problem+json.
 */
@Singleton
public final class ErrorPage {

    private final ViewsRendererLocator renderers;
    private final HttpLocaleResolver locales;

    ErrorPage(ViewsRendererLocator renderers, HttpLocaleResolver locales) {
        this.renderers = renderers;
        this.locales = locales;
    }

    /** A request from a page (a browser asking for HTML, not the API nor an asset): its errors are pages. */
    public static boolean wanted(HttpRequest<?> request) {
        String path = request.getPath();
        return !path.startsWith("/api/") && !path.startsWith("/assets/")
                && request.getHeaders().accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }

    HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String message, List<Problem.FieldError> fields) {
        return fill(request, HttpResponse.status(status), message, fields, null);
    }

    /**
     * 401 for a page form sent after the session ended: says that nothing of the form was saved and links to the
     * sign-in page, which leads back to {@code back} (a path of this site, checked by the caller) afterwards.
     */
    public MutableHttpResponse<?> sessionEnded(HttpRequest<?> request, String signInLink) {
        return fill(request, HttpResponse.status(HttpStatus.UNAUTHORIZED), null, List.of(), signInLink);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <T> MutableHttpResponse<T> fill(HttpRequest<?> request, MutableHttpResponse<?> response, String message,
                                    List<Problem.FieldError> fields, String signInLink) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kindOf(response.getStatus()));
        model.put("message", message);
        model.put("fields", fields);
        model.put("signIn", signInLink);
        model.put("requestId", RequestIdFilter.requestIdOf(request));
        model.put("lang", OfficerLanguages.of(locales.resolveOrDefault(request).getLanguage()));
        ViewsRenderer renderer = renderers.resolveViewsRenderer("error", MediaType.TEXT_HTML, model).orElseThrow();
        Writable page = renderer.render("error", model, request);
        return (MutableHttpResponse<T>) ((MutableHttpResponse) response).contentType(MediaType.TEXT_HTML_TYPE).body(page);
    }

    /** Which plain-words explanation ({@code error.<kind>.title/text} in the page bundles) fits the status. */
    private static String kindOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, UNPROCESSABLE_ENTITY -> "invalid";
            case UNAUTHORIZED -> "session-ended";
            case FORBIDDEN -> "refused";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method";
            case CONFLICT -> "conflict";
            default -> status.getCode() >= 500 ? "ours" : "other";
        };
    }
}
