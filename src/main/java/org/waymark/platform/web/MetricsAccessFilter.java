package org.waymark.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * {@code /prometheus} answers only a scraper that presents {@code Authorization: Bearer <waymark.metrics.scrape-token>}.
 * Metrics name routes, counts requests and time them: read by anyone on the network they tell when a unit is busy
 * and which cases are being worked on. Without a configured token the endpoint is closed (403), so a deployment that
 * forgets it leaks nothing; a wrong or missing token gets 401. The comparison takes the same time whatever matches.
 */
@ServerFilter("/prometheus")
final class MetricsAccessFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MetricsAccessFilter(MetricsSettings settings) {
        this.token = settings.scrapeToken() == null ? new byte[0] : settings.scrapeToken().trim().getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> admitScraper(HttpRequest<?> request) {
        if (token.length == 0) {
            return refuse(HttpStatus.FORBIDDEN, "metrics.closed",
                    "Metrics are closed: set waymark.metrics.scrape-token (WAYMARK_METRICS_SCRAPE_TOKEN) and give it to the scraper.");
        }
        String presented = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        byte[] candidate = presented != null && presented.startsWith(BEARER)
                ? presented.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, candidate)) {
            return refuse(HttpStatus.UNAUTHORIZED, "metrics.unauthorised", "Metrics need the scrape token as a bearer token.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"waymark-metrics\"");
        }
        return null;
    }

    private static io.micronaut.http.MutableHttpResponse<?> refuse(HttpStatus status, String code, String detail) {
        return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(code, status.getReason(), status.getCode(), detail, null, List.of()));
    }
}
