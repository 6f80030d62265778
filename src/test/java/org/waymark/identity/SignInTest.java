package org.waymark.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.platform.config.SecretSetting;
import org.waymark.platform.config.Secrets;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.Problem;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class SignInTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Secrets secrets;

    ApiClient anonymous;

    @BeforeEach
    void client() {
        anonymous = new ApiClient(http);
    }

    @Test
    void signsInAndKnowsWhoIsSignedIn() {
        ApiClient officer = anonymous.as("officer.airport");
        Map<String, Object> me = officer.getJson("/api/v1/auth/me");
        assertThat(me).containsEntry("username", "officer.airport").containsEntry("role", "OFFICER");
        assertThat(me.get("unitId")).isNotNull();
    }

    @Test
    void issuesShortLivedHs256TokensForWaymarksAudience() throws Exception {
        SignedJWT token = SignedJWT.parse(anonymous.as("supervisor").token());
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("waymark");
        assertThat(claims.getJWTID()).isNotBlank();
        // iat and exp are stamped separately, in whole seconds: allow the second boundary between them
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isBetween(899_000L, 901_000L);
    }

    @Test
    void refusesAWrongPasswordAsProblemJson() {
        Problem problem = anonymous.refusal(signIn("officer.border", "wrong-password"), 401);
        assertThat(problem.type()).isEqualTo("urn:waymark:problem:unauthenticated");
        assertThat(problem.toString()).doesNotContain("wrong-password");
    }

    @Test
    void slowsAnAccountDownAfterRepeatedFailuresAndSaysHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            anonymous.refusal(signIn("partner.ngo", "guess-" + i), 401);
        }
        Problem slowed = anonymous.refusal(signIn("partner.ngo", ApiClient.DEMO_PASSWORD), 429);
        assertThat(slowed.type()).isEqualTo("urn:waymark:problem:sign-in.slowed-down");
        assertThat(slowed.retryAfterSeconds()).isPositive();
        assertThat(anonymous.as("partner.inspectorate").token()).as("other accounts are not locked").isNotBlank();
    }

    @Test
    void signOutRevokesTheToken() {
        ApiClient trainer = anonymous.as("trainer");
        assertThat(trainer.status(HttpRequest.GET("/api/v1/auth/me"))).isEqualTo(200);
        assertThat(trainer.status(HttpRequest.POST("/api/v1/auth/sign-out", ""))).isEqualTo(204);
        assertThat(trainer.status(HttpRequest.GET("/api/v1/auth/me"))).isEqualTo(401);
    }

    @Test
    void givesTheWebPagesAStrictHttpOnlySessionCookieThatSignOutRevokesAndClears() {
        var response = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/sign-in",
                Map.of("username", "officer.border", "password", ApiClient.DEMO_PASSWORD)), String.class);
        String setCookie = response.getHeaders().get("Set-Cookie");
        assertThat(setCookie).startsWith("waymark_session=").containsIgnoringCase("HttpOnly").contains("Secure").contains("SameSite=Strict");
        String session = setCookie.substring("waymark_session=".length(), setCookie.indexOf(';'));
        var withCookie = HttpRequest.GET("/api/v1/auth/me").cookie(io.micronaut.http.cookie.Cookie.of("waymark_session", session));
        assertThat(anonymous.status(withCookie)).isEqualTo(200);

        var signOut = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/sign-out", "")
                .cookie(io.micronaut.http.cookie.Cookie.of("waymark_session", session)));
        assertThat(signOut.getHeaders().get("Set-Cookie")).startsWith("waymark_session=;").contains("Max-Age=0");
        assertThat(anonymous.status(HttpRequest.GET("/api/v1/auth/me").cookie(io.micronaut.http.cookie.Cookie.of("waymark_session", session))))
                .isEqualTo(401);
    }

    @Test
    void refusesRequestsWithoutAToken() {
        assertThat(anonymous.refusal(HttpRequest.GET("/api/v1/catalogues"), 401).type()).isEqualTo("urn:waymark:problem:unauthenticated");
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        assertThat(status(hs256(List.of("some-other-service")))).isEqualTo(401);
        assertThat(status(hs256(List.of("waymark")))).as("the same token for Waymark's audience is accepted").isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedToken() {
        String unsigned = new PlainJWT(claims(List.of("waymark"))).serialize();
        assertThat(status(unsigned)).isEqualTo(401);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(List.of("waymark")));
        jwt.sign(new MACSigner(new byte[32]));
        assertThat(status(jwt.serialize())).isEqualTo(401);
    }

    @Test
    void leavesHealthOpen() {
        assertThat(anonymous.status(HttpRequest.GET("/health"))).isEqualTo(200);
    }

    private int status(String token) {
        return anonymous.status(HttpRequest.GET("/api/v1/auth/me").bearerAuth(token));
    }

    private String hs256(List<String> audience) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(audience));
        jwt.sign(new MACSigner(secrets.get(SecretSetting.TOKEN_KEY).reveal()));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(List<String> audience) {
        return new JWTClaimsSet.Builder().subject("trainer").audience(audience).jwtID(UUID.randomUUID().toString())
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).claim("roles", List.of("TRAINER"))
                .claim("uid", UUID.randomUUID().toString()).build();
    }

    private static io.micronaut.http.MutableHttpRequest<?> signIn(String username, String password) {
        return HttpRequest.POST("/api/v1/auth/sign-in", Map.of("username", username, "password", password));
    }
}
