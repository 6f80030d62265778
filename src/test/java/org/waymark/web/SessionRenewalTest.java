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

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page session is renewed while in use and ends for good at sign-out. Tokens live 6 seconds here, so a token is
 * renewed once it is 2 seconds old.
 */
@MicronautTest
class SessionRenewalTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.security.token.generator.access-token.expiration", "6", "micronaut.http.client.follow-redirects", "false");
    }

    @Test
    void aPageSessionInUseIsRenewedAndItsFormsStayValid() throws InterruptedException {
        String first = signInFromThePage();
        String formToken = formToken(get("/officer/screenings/new", first).body());
        assertThat(renewed(get("/officer", first))).as("a fresh token is not renewed").isEmpty();

        Thread.sleep(2_500);
        HttpResponse<String> page = get("/officer", first);

        String second = renewed(page).orElseThrow(() -> new AssertionError("the session cookie was not renewed"));
        assertThat(second).isNotEqualTo(first);
        assertThat(formToken(get("/officer/screenings/new", second).body())).as("same sign-in session, same form token").isEqualTo(formToken);
    }

    @Test
    void signingOutEndsEveryTokenOfTheSession() throws InterruptedException {
        String first = signInFromThePage();
        Thread.sleep(2_500);
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
    void aPageTellsHowLongItsSessionLastsUnused() throws InterruptedException {
        String fresh = get("/officer", signInFromThePage()).body();
        assertThat(fresh).contains("data-lifetime=\"6\"").containsPattern("data-seconds-left=\"[3-6]\"");

        String session = signInFromThePage();
        Thread.sleep(2_500);
        HttpResponse<String> page = get("/officer", session);
        assertThat(renewed(page)).isPresent();
        assertThat(page.body()).as("renewed by this response: a whole lifetime").contains("data-seconds-left=\"6\"");
    }

    @Test
    void anApiBearerTokenIsNeverRenewed() throws InterruptedException {
        String token = new ApiClient(http).signIn("officer.airport", ApiClient.DEMO_PASSWORD);
        Thread.sleep(2_500);
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/api/v1/screenings").bearerAuth(token), String.class);
        assertThat(renewed(response)).isEmpty();
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
