package org.waymark.platform.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "waymark.metrics.scrape-token", value = HealthAndOperationsTest.SCRAPE_TOKEN)
class HealthAndOperationsTest extends DatabaseTest {

    static final String SCRAPE_TOKEN = "scrape-token-for-the-test-0123456789";

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void reportsUpWhenTheDatabaseIsReachable() {
        assertThat(client.toBlocking().retrieve("/health")).contains("\"status\":\"UP\"");
        assertThat(client.toBlocking().retrieve("/health/liveness")).contains("\"status\":\"UP\"");
        assertThat(client.toBlocking().retrieve("/health/readiness")).contains("\"status\":\"UP\"");
    }

    @Test
    void exposesPrometheusMetricsIncludingTheConnectionPoolToTheScraperWithTheToken() {
        String metrics = client.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(SCRAPE_TOKEN));
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void refusesPrometheusMetricsWithoutTheScrapeTokenOrToASignedInUser() {
        ApiClient api = new ApiClient(client);
        assertThat(api.status(HttpRequest.GET("/prometheus"))).isEqualTo(401);
        assertThat(api.status(HttpRequest.GET("/prometheus").bearerAuth(SCRAPE_TOKEN + "x"))).isEqualTo(401);
        assertThat(api.refusal(HttpRequest.GET("/prometheus").bearerAuth("wrong"), 401).type())
                .isEqualTo("urn:waymark:problem:metrics.unauthorised");
        ApiClient supervisor = api.as("supervisor");
        assertThat(supervisor.status(supervisor.authorised(HttpRequest.GET("/prometheus")))).isEqualTo(401);
    }

    @Test
    void servesTheOpenApiDescriptionAndItsBrowsableUiOnlyToSignedInUsers() {
        ApiClient anonymous = new ApiClient(client);
        assertThat(anonymous.status(HttpRequest.GET("/swagger/waymark-v1.yml"))).isEqualTo(401);
        assertThat(anonymous.status(HttpRequest.GET("/swagger-ui/index.html"))).isIn(401, 303);
        ApiClient officer = anonymous.as("officer.airport");
        HttpResponse<String> spec = client.toBlocking().exchange(officer.authorised(HttpRequest.GET("/swagger/waymark-v1.yml")), String.class);
        assertThat(spec.body()).contains("openapi:").contains("Waymark");
        HttpResponse<String> ui = client.toBlocking().exchange(officer.authorised(HttpRequest.GET("/swagger-ui/index.html")), String.class);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        assertThat(ui.header("Content-Security-Policy")).contains("script-src 'self' 'sha256-").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'");
    }

    @Test
    void echoesAPlainRequestIdAndReplacesAnUnsafeOne() {
        HttpResponse<?> kept = client.toBlocking().exchange(HttpRequest.GET("/health").header("X-Request-Id", "abc-12345678"));
        assertThat(kept.header("X-Request-Id")).isEqualTo("abc-12345678");
        HttpResponse<?> replaced = client.toBlocking().exchange(HttpRequest.GET("/health").header("X-Request-Id", "<script>alert(1)</script>"));
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }
}
