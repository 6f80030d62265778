package org.waymark.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every response. A strict Content-Security-Policy (scripts and styles only from Waymark itself,
 * no inline script, no framing), no sniffing, no referrer to other sites (same-origin: with "no-referrer" browsers send "Origin: null" on form posts, which is refused); and {@code Cache-Control: no-store} on everything
 * but the static assets, so no page or answer with case data stays in a shared device's cache.
 * The Swagger UI (operators' tool, no case data) keeps its own inline script and so gets no CSP.
 */
@ServerFilter("/**")
final class SecurityHeadersFilter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (!path.startsWith("/swagger-ui")) {
            response.header("Content-Security-Policy", POLICY);
        }
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        if (!path.startsWith("/assets/") && !response.getHeaders().contains("Cache-Control")) {
            response.header("Cache-Control", "no-store");
        }
    }
}
