package org.waymark.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator cannot become an officer silently, and can take access away (issue "Insiders and lockouts",
 * finding 2): every admin act is on the trail with the administrator as actor; disabling, re-assigning or resetting
 * an account ends its sessions at once.
 */
@MicronautTest
class AccountLifecycleTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient admin;
    ApiClient auditor;
    String unit;

    @BeforeAll
    void signIn() {
        admin = new ApiClient(http).as("admin");
        auditor = new ApiClient(http).as("auditor");
        unit = OwnUnit.create(http).id();
    }

    @Test
    void creatingACaseReadingAccountIsOnTheTrailWithTheAdministratorAsActor() {
        String id = (String) admin.postJson("/api/v1/admin/users", Map.of("username", "officer.silent", "role", "OFFICER", "unitId", unit,
                "password", "silent-password-1")).get("id");
        List<Map<String, Object>> entries = auditor.getJsonList("/api/v1/audit/records/" + id);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("ADMINISTER");
            assertThat(e.get("actorRole")).isEqualTo("ADMIN");
            assertThat(e.toString()).contains("create OFFICER (can read cases)");
        });
    }

    @Test
    void aDisabledAccountLosesItsSessionAtOnceAndCannotSignInUntilReEnabled() {
        String id = create("officer.leaving");
        ApiClient leaving = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("officer.leaving", "leaving-password-1"));
        assertThat(leaving.status(HttpRequest.GET("/api/v1/screenings"))).isEqualTo(200);

        assertThat(admin.postJson("/api/v1/admin/users/" + id + "/disable", Map.of())).containsEntry("enabled", false);
        assertThat(leaving.status(HttpRequest.GET("/api/v1/screenings"))).as("the open session ends").isEqualTo(401);
        assertThat(new ApiClient(http).status(HttpRequest.POST("/api/v1/auth/sign-in",
                Map.of("username", "officer.leaving", "password", ApiClient.own("leaving-password-1"))))).isEqualTo(401);

        admin.postJson("/api/v1/admin/users/" + id + "/enable", Map.of());
        assertThat(new ApiClient(http).signIn("officer.leaving", ApiClient.own("leaving-password-1"))).isNotBlank();
        assertThat(auditor.getJsonList("/api/v1/audit/records/" + id).toString()).contains("disable").contains("enable");
    }

    @Test
    void aNewRoleOrAResetPasswordEndsTheSessionsAndTheNextSignInCarriesTheChange() {
        String id = create("officer.moving");
        ApiClient moving = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("officer.moving", "moving-password-1"));
        admin.putJson("/api/v1/admin/users/" + id + "/assignment", Map.of("role", "TRAINER"));
        assertThat(moving.status(HttpRequest.GET("/api/v1/auth/me"))).isEqualTo(401);
        ApiClient trainer = new ApiClient(http).withToken(new ApiClient(http).signIn("officer.moving", ApiClient.own("moving-password-1")));
        assertThat(trainer.getJson("/api/v1/auth/me")).containsEntry("role", "TRAINER");
        assertThat(trainer.status(HttpRequest.GET("/api/v1/screenings"))).as("no longer an officer").isEqualTo(403);

        admin.postJson("/api/v1/admin/users/" + id + "/password", Map.of("password", "a-new-password-2"));
        assertThat(trainer.status(HttpRequest.GET("/api/v1/auth/me"))).isEqualTo(401);
        assertThat(new ApiClient(http).refusal(HttpRequest.POST("/api/v1/auth/sign-in",
                Map.of("username", "officer.moving", "password", "a-new-password-2")), 403).type())
                .as("the reset password opens no session").isEqualTo("urn:waymark:problem:sign-in.choose-password");
        ApiClient again = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("officer.moving", "a-new-password-2"));
        admin.postJson("/api/v1/admin/users/" + id + "/sessions/end", Map.of());
        assertThat(again.status(HttpRequest.GET("/api/v1/auth/me"))).isEqualTo(401);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccountAndBadInputIsAProblem() {
        String self = (String) admin.getJsonList("/api/v1/admin/users").stream().filter(u -> "admin".equals(u.get("username"))).findFirst()
                .orElseThrow().get("id");
        assertThat(admin.refusal(HttpRequest.POST("/api/v1/admin/users/" + self + "/disable", Map.of()), 422).toString()).contains("own account");
        String id = create("officer.typo");
        assertThat(admin.refusal(HttpRequest.PUT("/api/v1/admin/users/" + id + "/assignment", Map.of("role", "OFFICER")), 400).fields())
                .containsExactly("unitId");
        assertThat(admin.refusal(HttpRequest.POST("/api/v1/admin/users/00000000-0000-0000-0000-000000000000/disable", Map.of()), 404)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer.airport", "supervisor", "trainer", "partner.ngo", "auditor"})
    void onlyAnAdministratorManagesAccounts(String username) {
        String id = create("officer.target-" + username.replace('.', '-'));
        ApiClient user = new ApiClient(http).as(username);
        assertThat(user.status(HttpRequest.POST("/api/v1/admin/users/" + id + "/disable", Map.of()))).isEqualTo(403);
        assertThat(user.status(HttpRequest.PUT("/api/v1/admin/users/" + id + "/assignment", Map.of("role", "ADMIN")))).isEqualTo(403);
        assertThat(user.status(HttpRequest.POST("/api/v1/admin/users/" + id + "/password", Map.of("password", "attacker-password-1")))).isEqualTo(403);
        assertThat(user.status(HttpRequest.POST("/api/v1/admin/users/" + id + "/sessions/end", Map.of()))).isEqualTo(403);
    }

    @Test
    void aPasswordSetByAnAdministratorOpensNoSessionUntilItsHolderChoosesTheirOwn() {
        String id = create("officer.fresh");
        ApiClient anonymous = new ApiClient(http);
        Problem told = anonymous.refusal(HttpRequest.POST("/api/v1/auth/sign-in",
                Map.of("username", "officer.fresh", "password", "fresh-password-1")), 403);
        assertThat(told.type()).isEqualTo("urn:waymark:problem:sign-in.choose-password");

        assertThat(anonymous.refusal(choose("officer.fresh", "fresh-password-1", "short"), 400).fields()).containsExactly("newPassword");
        assertThat(anonymous.refusal(choose("officer.fresh", "fresh-password-1", "my-officer.fresh-password"), 400).toString())
                .contains("user name").doesNotContain("my-officer.fresh-password");
        assertThat(anonymous.refusal(choose("officer.fresh", "fresh-password-1", "fresh-password-1"), 400).toString()).contains("differ");
        assertThat(anonymous.refusal(choose("officer.fresh", "fresh-password-1", "nul\u0000in-the-password"), 400).toString())
                .contains("control characters");
        assertThat(anonymous.refusal(choose("officer.fresh", "not-the-password", "a-good-own-password"), 401).detail())
                .as("a wrong current password is told like a failed sign-in").isEqualTo("Wrong user name or password.");
        assertThat(anonymous.status(HttpRequest.POST("/api/v1/auth/sign-in", Map.of("username", "officer.fresh", "password", "fresh-password-1"))))
                .as("still nothing chosen").isEqualTo(403);

        assertThat(anonymous.status(choose("officer.fresh", "fresh-password-1", "a-good-own-password"))).isEqualTo(204);
        assertThat(anonymous.status(HttpRequest.POST("/api/v1/auth/sign-in", Map.of("username", "officer.fresh", "password", "fresh-password-1"))))
                .as("the administrator's password is gone").isEqualTo(401);
        ApiClient fresh = anonymous.withToken(anonymous.signIn("officer.fresh", "a-good-own-password"));
        assertThat(fresh.getJson("/api/v1/auth/me")).containsEntry("username", "officer.fresh");
        assertThat(auditor.getJsonList("/api/v1/audit/records/" + id)).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("UPDATE");
            assertThat(e.get("actorRole")).isEqualTo("OFFICER");
            assertThat(e.toString()).contains("chose own password");
        });
    }

    @Test
    void everyAccountGivenThePowerToReadCasesIsAnnouncedToTheSupervisors() {
        ApiClient supervisor = new ApiClient(http).as("supervisor");
        create("officer.announced");
        String trainer = (String) admin.postJson("/api/v1/admin/users", Map.of("username", "trainer.promoted", "role", "TRAINER",
                "password", "promoted-password-1")).get("id");
        assertThat(supervisor.getJsonList("/api/v1/supervisor/case-access-grants")).extracting(g -> g.get("accountUsername"))
                .contains("officer.announced").doesNotContain("trainer.promoted");

        admin.putJson("/api/v1/admin/users/" + trainer + "/assignment", Map.of("role", "OFFICER", "unitId", unit));
        List<Map<String, Object>> grants = supervisor.getJsonList("/api/v1/supervisor/case-access-grants");
        assertThat(grants).filteredOn(g -> "trainer.promoted".equals(g.get("accountUsername"))).singleElement().satisfies(g -> {
            assertThat(g.get("role")).isEqualTo("OFFICER");
            assertThat(g.get("act")).isEqualTo("assign");
            assertThat(g.get("grantedByUsername")).isEqualTo("admin");
        });
        ApiClient officer = new ApiClient(http).as("officer.airport");
        assertThat(officer.status(HttpRequest.GET("/api/v1/supervisor/case-access-grants"))).as("for supervisors only").isEqualTo(403);
    }

    @Test
    void choosingANewPasswordEndsTheAccountsOtherSessions() {
        create("officer.careful");
        ApiClient careful = new ApiClient(http).withToken(new ApiClient(http).firstSignIn("officer.careful", "careful-password-1"));
        assertThat(careful.status(HttpRequest.GET("/api/v1/auth/me"))).isEqualTo(200);
        assertThat(careful.status(choose("officer.careful", ApiClient.own("careful-password-1"), "someone-saw-my-old-one"))).isEqualTo(204);
        assertThat(careful.status(HttpRequest.GET("/api/v1/auth/me"))).as("whoever held the old session is out").isEqualTo(401);
        assertThat(new ApiClient(http).signIn("officer.careful", "someone-saw-my-old-one")).isNotBlank();
    }

    private static io.micronaut.http.MutableHttpRequest<?> choose(String username, String current, String chosen) {
        return HttpRequest.POST("/api/v1/auth/password", Map.of("username", username, "currentPassword", current, "newPassword", chosen));
    }

    private String create(String username) {
        String password = username.substring(username.indexOf('.') + 1).replaceAll("-.*", "") + "-password-1";
        return (String) admin.postJson("/api/v1/admin/users", Map.of("username", username, "role", "OFFICER", "unitId", unit,
                "password", password.length() < 12 ? password + "-long" : password)).get("id");
    }
}
