package org.waymark.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Small helpers for API tests: read JSON as maps, and read a refusal as its problem document. */
public final class ApiClient {

    private final HttpClient client;

    public ApiClient(HttpClient client) {
        this.client = client;
    }

    public Map<String, Object> getJson(String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
    }

    public List<Map<String, Object>> getJsonList(String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    public Map<String, Object> postJson(String uri, Object body) {
        return client.toBlocking().retrieve(HttpRequest.POST(uri, body), Argument.mapOf(String.class, Object.class));
    }

    /** Sends the request, expects the status, and returns the problem+json body. */
    public Map<String, Object> problem(HttpRequest<?> request, int status) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, String.class));
        assertThat(e).as("expected a refusal with " + status).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getContentType().map(Object::toString)).contains("application/problem+json");
        return e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    public static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }
}
