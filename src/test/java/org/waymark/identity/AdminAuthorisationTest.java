package org.waymark.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.Problem;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API lets administrators in and nobody else. */
@MicronautTest
class AdminAuthorisationTest extends DatabaseTest {

    private static final List<String> ADMIN_GETS = List.of("/api/v1/admin/users", "/api/v1/admin/units", "/api/v1/admin/regions", "/api/v1/admin/organisations");

    @Inject
    @Client("/")
    HttpClient http;

    @ParameterizedTest
    @ValueSource(strings = {"officer.airport", "officer.border", "supervisor", "trainer", "partner.ngo"})
    void refusesEveryOtherRole(String username) {
        ApiClient user = new ApiClient(http).as(username);
        for (String uri : ADMIN_GETS) {
            assertThat(user.status(HttpRequest.GET(uri))).as(username + " " + uri).isEqualTo(403);
        }
        assertThat(user.status(HttpRequest.POST("/api/v1/admin/regions", Map.of("code", "x-" + username.replace('.', '-'), "name", "X"))))
                .isEqualTo(403);
    }

    @Test
    void refusesAnonymousCallers() {
        ApiClient anonymous = new ApiClient(http);
        for (String uri : ADMIN_GETS) {
            assertThat(anonymous.status(HttpRequest.GET(uri))).isEqualTo(401);
        }
    }

    @Test
    void letsTheAdministratorManageUsersWithoutEverShowingAHash() {
        ApiClient admin = new ApiClient(http).as("admin");
        List<Map<String, Object>> units = admin.getJsonList("/api/v1/admin/units");
        Object unitId = units.get(0).get("id");
        Map<String, Object> created = admin.postJson("/api/v1/admin/users", Map.of(
                "username", "officer.new", "role", "OFFICER", "unitId", unitId, "password", "a-long-enough-password"));
        assertThat(created).containsEntry("username", "officer.new").doesNotContainKey("passwordHash");
        assertThat(admin.getJsonList("/api/v1/admin/users").toString()).contains("officer.new").doesNotContain("argon2");
        assertThat(new ApiClient(http).firstSignIn("officer.new", "a-long-enough-password")).isNotBlank();
    }

    @Test
    void refusesAnOfficerWithoutAUnitNamingTheField() {
        ApiClient admin = new ApiClient(http).as("admin");
        Problem problem = admin.refusal(HttpRequest.POST("/api/v1/admin/users", Map.of(
                "username", "officer.nounit", "role", "OFFICER", "password", "a-long-enough-password")), 400);
        assertThat(problem.fields()).containsExactly("unitId");
    }

    @Test
    void refusesADuplicateUserName() {
        ApiClient admin = new ApiClient(http).as("admin");
        Problem problem = admin.refusal(HttpRequest.POST("/api/v1/admin/users", Map.of(
                "username", "trainer", "role", "TRAINER", "password", "a-long-enough-password")), 409);
        assertThat(problem.type()).isEqualTo("urn:waymark:problem:user.username-taken");
    }
}
