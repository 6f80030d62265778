package org.waymark.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.MovableClock;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page session is renewed while in use, ends when left unused for a token's lifetime and ends for good at sign-out.
 * Tokens live 15 minutes (the service's setting), so a token is renewed once it is 5 minutes old; the test moves the
 * service's clock instead of waiting.
 */
@MicronautTest
class SessionRenewalTest extends DatabaseTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Duration RENEWAL_AGE = LIFETIME.dividedBy(3);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    MovableClock clock;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.http.client.follow-redirects", "false");
    }

    @Test
    void aPageSessionInUseIsRenewedAndItsFormsStayValid() {
        String first = signInFromThePage();
        String formToken = formToken(get("/officer/screenings/new", first).body());
        clock.advance(RENEWAL_AGE.minusSeconds(2));
        assertThat(renewed(get("/officer", first))).as("a token younger than a third of its lifetime is not renewed").isEmpty();

        clock.advance(Duration.ofSeconds(3));
        HttpResponse<String> page = get("/officer", first);

        String second = renewed(page).orElseThrow(() -> new AssertionError("the session cookie was not renewed"));
        assertThat(second).isNotEqualTo(first);
        assertThat(formToken(get("/officer/screenings/new", second).body())).as("same sign-in session, same form token").isEqualTo(formToken);
    }

    @Test
    void signingOutEndsEveryTokenOfTheSession() {
        String first = signInFromThePage();
        clock.advance(RENEWAL_AGE.plusSeconds(1));
        String second = renewed(get("/officer", first)).orElseThrow();
        String formToken = formToken(get("/officer", second).body());

        HttpResponse<String> out = http.toBlocking().exchange(HttpRequest.POST("/sign-out", Map.of("_csrf", formToken))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", second)), String.class);
        assertThat(out.getStatus().getCode()).isEqualTo(303);

        for (String token : new String[]{first, second}) {
            try {
                http.toBlocking().exchange(HttpRequest.GET("/api/v1/screenings").bearerAuth(token), String.class);
                throw new AssertionError("a token of the ended session still works");
            } catch (HttpClientResponseException e) {
                assertThat(e.getStatus().getCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void thePageRenewsTheSessionOnRequestOnlyWithItsFormToken() {
        String first = signInFromThePage();
        String formToken = formToken(get("/officer", first).body());

        HttpResponse<String> renewed = http.toBlocking().exchange(HttpRequest.POST("/session/renew", Map.of("_csrf", formToken))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", first)), String.class);

        assertThat(renewed.getStatus().getCode()).isEqualTo(204);
        String second = renewed(renewed).orElseThrow(() -> new AssertionError("a fresh token is renewed when asked"));
        assertThat(second).isNotEqualTo(first);
        assertThat(formToken(get("/officer", second).body())).as("same sign-in session").isEqualTo(formToken);
        try {
            http.toBlocking().exchange(HttpRequest.POST("/session/renew", Map.of("_csrf", "forged"))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", first)), String.class);
            throw new AssertionError("expected 403");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(403);
            assertThat(e.getResponse().getHeaders().getAll("Set-Cookie")).noneMatch(c -> c.startsWith("waymark_session="));
        }
    }

    @Test
    void aPageTellsHowLongItsSessionLastsUnused() {
        String session = signInFromThePage();
        clock.advance(Duration.ofMinutes(2));
        String used = get("/officer", session).body();
        assertThat(used).contains("data-lifetime=\"900\"").containsPattern("data-seconds-left=\"(77[5-9]|780)\"");

        clock.advance(RENEWAL_AGE);
        HttpResponse<String> page = get("/officer", session);
        assertThat(renewed(page)).isPresent();
        assertThat(page.body()).as("renewed by this response: a whole lifetime").contains("data-seconds-left=\"900\"");
    }

    @Test
    void anApiBearerTokenIsNeverRenewed() {
        String token = new ApiClient(http).signIn("officer.airport", ApiClient.DEMO_PASSWORD);
        clock.advance(RENEWAL_AGE.plusSeconds(1));
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/api/v1/screenings").bearerAuth(token), String.class);
        assertThat(renewed(response)).isEmpty();
    }

    @Test
    void aTokenWorksUntilTheEndOfItsLifetimeAndNotAfter() {
        String token = new ApiClient(http).signIn("officer.airport", ApiClient.DEMO_PASSWORD);
        String session = signInFromThePage();

        clock.advance(LIFETIME.minusSeconds(5));
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/api/v1/screenings").bearerAuth(token), String.class).code()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(6));
        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/v1/screenings").bearerAuth(token), String.class);
            throw new AssertionError("an expired bearer token still works");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(401);
        }
        HttpResponse<String> page = get("/officer", session);
        assertThat(page.code()).as("an expired page session is sent to sign in").isEqualTo(303);
        assertThat(renewed(page)).as("an expired page session is not renewed").isEmpty();
    }

    private String signInFromThePage() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/sign-in",
                Map.of("username", "officer.airport", "password", ApiClient.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class);
        return renewed(response).orElseThrow();
    }

    private HttpResponse<String> get(String page, String session) {
        return http.toBlocking().exchange(HttpRequest.GET(page).accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", session)), String.class);
    }

    private static Optional<String> renewed(HttpResponse<?> response) {
        return response.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith("waymark_session="))
                .map(c -> c.substring("waymark_session=".length(), c.indexOf(';'))).filter(v -> !v.isEmpty()).findFirst();
    }

    private static String formToken(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
