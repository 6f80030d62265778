package org.waymark.platform.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.testing.DatabaseTest;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest
class ProblemJsonTest extends DatabaseTest {

    private static final String PERSONAL = "Jan Kowalski";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ProbeController probe;

    @Inject
    JsonMapper json;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("probe.enabled", "true");
    }

    @BeforeEach
    void reset() {
        probe.accepted.set(0);
    }

    @Test
    void acceptsAWellFormedCommand() {
        var response = client.toBlocking().exchange(post("{\"alias\":\"x\",\"colour\":\"RED\",\"count\":3}"));
        assertThat(response.status().getCode()).isEqualTo(201);
        assertThat(probe.accepted.get()).isEqualTo(1);
    }

    @Test
    void rejectsMalformedJsonAsProblemWithoutChangingAnything() throws IOException {
        Map<String, Object> problem = problemOf(post("{\"alias\": \"" + PERSONAL + "\", "), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:invalid-request");
        assertThat(fields(problem)).contains("body");
        assertThat(probe.accepted.get()).isZero();
    }

    @Test
    void namesTheFieldWithTheWrongType() throws IOException {
        Map<String, Object> problem = problemOf(post("{\"alias\":\"" + PERSONAL + "\",\"colour\":\"RED\",\"count\":\"many\"}"), HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("count");
        assertThat(probe.accepted.get()).isZero();
    }

    @Test
    void namesTheFieldWithAnUnknownEnumValue() throws IOException {
        Map<String, Object> problem = problemOf(post("{\"alias\":\"" + PERSONAL + "\",\"colour\":\"PURPLE\",\"count\":1}"), HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("colour");
        assertThat(problem.toString()).contains("not one of the allowed values");
    }

    @Test
    void listsEveryFailedConstraintWithItsReason() throws IOException {
        Map<String, Object> problem = problemOf(post("{\"alias\":\"  \",\"colour\":null,\"count\":99}"), HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("alias", "colour", "count");
        assertThat(problem.toString()).contains("must not be blank").contains("must be less than or equal to 10");
        assertThat(probe.accepted.get()).isZero();
    }

    @Test
    void namesAQueryParameterOfTheWrongType() throws IOException {
        Map<String, Object> problem = problemOf(HttpRequest.GET("/test/probe/count?limit=abc"), HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("limit");
    }

    @Test
    void refusesAnOversizeBodyWith413() throws IOException {
        String huge = "{\"alias\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"colour\":\"RED\",\"count\":1}";
        Map<String, Object> problem = problemOf(post(huge), HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:payload-too-large");
        assertThat(probe.accepted.get()).isZero();
    }

    @Test
    void answersUnknownRoutesAndMethodsAsProblems() throws IOException {
        assertThat(problemOf(HttpRequest.GET("/no/such/thing"), HttpStatus.NOT_FOUND).get("type"))
                .isEqualTo("urn:waymark:problem:not-found");
        assertThat(problemOf(HttpRequest.DELETE("/test/probe"), HttpStatus.METHOD_NOT_ALLOWED).get("type"))
                .isEqualTo("urn:waymark:problem:method-not-allowed");
    }

    @Test
    void hidesTheMessageOfAnUnexpectedErrorButGivesTheRequestId() throws IOException {
        var request = HttpRequest.GET("/test/probe/crash").header("X-Request-Id", "req-00000001");
        Map<String, Object> problem = problemOf(request, HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:internal-error");
        assertThat(problem.get("requestId")).isEqualTo("req-00000001");
        assertThat(problem.toString()).doesNotContain("Kowalski").doesNotContain("AB1234567").doesNotContain("Exception");
    }

    @Test
    void rendersWaymarksOwnRefusalsWithTheirCodeAndField() throws IOException {
        Map<String, Object> problem = problemOf(HttpRequest.GET("/test/probe/refuse"), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:invalid-request");
        assertThat(fields(problem)).containsExactly("alias");
    }

    private static HttpRequest<String> post(String body) {
        return HttpRequest.POST("/test/probe", body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private Map<String, Object> problemOf(HttpRequest<?> request, HttpStatus expected) throws IOException {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, String.class));
        assertThat(e).as("the request should have been refused").isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(expected.getCode());
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).as("error bodies never echo personal data").doesNotContain(PERSONAL);
        Map<String, Object> problem = json.readValue(body, Argument.mapOf(String.class, Object.class));
        assertThat(problem.get("status")).isEqualTo(expected.getCode());
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> fields(Map<String, Object> problem) {
        return ((java.util.List<Map<String, Object>>) problem.get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }
}
