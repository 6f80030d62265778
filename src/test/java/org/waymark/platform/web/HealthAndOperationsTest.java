package org.waymark.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HealthAndOperationsTest extends DatabaseTest {

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
    void exposesPrometheusMetricsIncludingTheConnectionPool() {
        String metrics = client.toBlocking().retrieve("/prometheus");
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void servesTheOpenApiDescriptionAndItsBrowsableUi() {
        assertThat(client.toBlocking().retrieve("/swagger/waymark-v1.yml")).contains("openapi:").contains("Waymark");
        HttpResponse<String> ui = client.toBlocking().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void echoesAPlainRequestIdAndReplacesAnUnsafeOne() {
        HttpResponse<?> kept = client.toBlocking().exchange(HttpRequest.GET("/health").header("X-Request-Id", "abc-12345678"));
        assertThat(kept.header("X-Request-Id")).isEqualTo("abc-12345678");
        HttpResponse<?> replaced = client.toBlocking().exchange(HttpRequest.GET("/health").header("X-Request-Id", "<script>alert(1)</script>"));
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }
}
