package org.waymark.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.core.io.Writable;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal on a web page is shown as a page ({@code views/error.html}) with the safe message, the fields and the
 * request id, never as JSON; the API keeps answering problem+json.
 */
@Singleton
final class ErrorPage {

    private final ViewsRendererLocator renderers;
    private final HttpLocaleResolver locales;

    ErrorPage(ViewsRendererLocator renderers, HttpLocaleResolver locales) {
        this.renderers = renderers;
        this.locales = locales;
    }

    static boolean wanted(HttpRequest<?> request) {
        String path = request.getPath();
        return !path.startsWith("/api/") && !path.startsWith("/assets/")
                && request.getHeaders().accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String message, List<Problem.FieldError> fields) {
        Map<String, Object> model = new HashMap<>();
        model.put("message", message);
        model.put("fields", fields);
        model.put("requestId", RequestIdFilter.requestIdOf(request));
        model.put("lang", "pl".equals(locales.resolveOrDefault(request).getLanguage()) ? "pl" : "en");
        ViewsRenderer renderer = renderers.resolveViewsRenderer("error", MediaType.TEXT_HTML, model).orElseThrow();
        Writable page = renderer.render("error", model, request);
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(page);
    }
}
