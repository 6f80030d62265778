package org.waymark.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The web pages' security over plain HTTP: anti-forgery tokens, headers, cookies, redirects and error pages. */
@MicronautTest
class PageSecurityTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.http.client.follow-redirects", "false");
    }

    @Test
    void everyPageFormRefusesAPostWithoutTheSessionsToken() {
        Set<String> pagePosts = router.uriRoutes().filter(r -> r.getHttpMethod() == HttpMethod.POST)
                .filter(r -> r.getDeclaringType().getName().startsWith("org.waymark."))
                .map(r -> r.getUriMatchTemplate().toPathString())
                .filter(path -> !path.startsWith("/api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> multipart = router.uriRoutes().filter(r -> r.getHttpMethod() == HttpMethod.POST)
                .filter(r -> r.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE))
                .map(r -> r.getUriMatchTemplate().toPathString()).collect(Collectors.toSet());
        assertThat(multipart).contains("/admin/partners/{id}/keys");
        assertThat(pagePosts).contains("/officer/screenings", "/sign-out", "/partner/referrals/{id}/moves", "/training/modules/{moduleId}",
                "/trainer/sessions");

        for (String path : pagePosts) {
            String uri = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String user = path.startsWith("/partner") ? "partner.ngo" : path.startsWith("/admin") ? "admin"
                    : path.startsWith("/trainer/") ? "trainer" : "officer.airport";
            String session = new ApiClient(http).signIn(user, ApiClient.DEMO_PASSWORD);
            String otherSessionsToken = formToken(new ApiClient(http).signIn(user, ApiClient.DEMO_PASSWORD), "/account");
            assertThat(formToken(session, "/account")).isNotEqualTo(otherSessionsToken);
            for (String token : List.of("", "forged", otherSessionsToken)) {
                HttpResponse<String> response = multipart.contains(path) ? postMultipart(session, uri, token)
                        : postWith(session, uri, Map.of("_csrf", token));
                assertThat(response.getStatus().getCode()).as(path + " with token '" + token + "'").isEqualTo(403);
                assertThat(response.body()).as(path).contains("form was not sent from this session");
            }
        }
    }

    @Test
    void aForgedStartChangesNothing() {
        int before = new ApiClient(http).as("officer.airport").screenings().size();
        Map<String, String> form = new HashMap<>(startForm());
        form.put("_csrf", "forged");

        assertThat(post("/officer/screenings", "officer.airport", form).getStatus().getCode()).isEqualTo(403);

        assertThat(new ApiClient(http).as("officer.airport").screenings()).hasSize(before);
    }

    @Test
    void theSameStartFormSentTwiceStartsOneScreening() {
        String session = new ApiClient(http).signIn("officer.airport", ApiClient.DEMO_PASSWORD);
        String token = formToken(session, "/officer/screenings/new");
        Map<String, String> form = new HashMap<>(startForm());
        form.put("_csrf", token);
        int before = new ApiClient(http).as("officer.airport").screenings().size();

        HttpResponse<String> first = postWith(session, "/officer/screenings", form);
        HttpResponse<String> second = postWith(session, "/officer/screenings", form);

        assertThat(first.getStatus().getCode()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(new ApiClient(http).as("officer.airport").screenings()).hasSize(before + 1);
    }

    @Test
    void aStartFormWithABadFieldShowsTheFieldAndStartsNothing() {
        String session = new ApiClient(http).signIn("officer.airport", ApiClient.DEMO_PASSWORD);
        Map<String, String> form = new HashMap<>(startForm());
        form.put("_csrf", formToken(session, "/officer/screenings/new"));
        form.put("nationality", "Ukrainian");
        int before = new ApiClient(http).as("officer.airport").screenings().size();

        HttpResponse<String> response = postWith(session, "/officer/screenings", form);

        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"error-summary\"").contains("href=\"#nationality\"").contains("value=\"Anna Testowa\"");
        assertThat(new ApiClient(http).as("officer.airport").screenings()).hasSize(before);
    }

    @Test
    void aTamperedFormValueIsShownAtItsFieldInThePagesWordsAndCreatesNothing() {
        String session = new ApiClient(http).signIn("admin", ApiClient.DEMO_PASSWORD);
        int before = new ApiClient(http).as("admin").getJsonList("/api/v1/admin/units").size();

        HttpResponse<String> response = postWith(session, "/admin/units", Map.of("_csrf", formToken(session, "/admin"),
                "code", "tampered-unit", "name", "Tampered", "regionId", "not-a-region", "placeType", "MOON_BASE"));

        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"error-summary\"").contains("href=\"#unit-region\"").contains("href=\"#unit-place\"")
                .contains("Choose the region the unit belongs to.").doesNotContain("MOON_BASE").doesNotContain("not-a-region");
        assertThat(new ApiClient(http).as("admin").getJsonList("/api/v1/admin/units")).hasSize(before);
    }

    @Test
    void pagesCarryAStrictPolicyAndAreNotCached() {
        String session = new ApiClient(http).signIn("officer.airport", ApiClient.DEMO_PASSWORD);
        for (String page : List.of("/", "/officer", "/officer/screenings/new")) {
            HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET(page).accept(MediaType.TEXT_HTML)
                    .cookie(Cookie.of("waymark_session", session)), String.class);
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as(page).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(response.header("Cache-Control")).as(page).isEqualTo("no-store");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.body()).as(page).doesNotContain("<script>").doesNotContainPattern(" on[a-z]+=\"");
        }
    }

    @Test
    void onlyThePartnersReferralPageMayCompileWebAssemblyAndNeverEvalScript() {
        String session = new ApiClient(http).signIn("partner.ngo", ApiClient.DEMO_PASSWORD);
        HttpResponse<String> inbox = http.toBlocking().exchange(HttpRequest.GET("/partner").accept(MediaType.TEXT_HTML)
                .cookie(Cookie.of("waymark_session", session)), String.class);
        HttpResponse<?> referral;
        try {
            referral = http.toBlocking().exchange(HttpRequest.GET("/partner/referrals/" + UUID.randomUUID())
                    .accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", session)), String.class);
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException notFound) {
            referral = notFound.getResponse(); // no such referral: the page's policy all the same
        }

        assertThat(inbox.header("Content-Security-Policy")).doesNotContain("wasm-unsafe-eval");
        assertThat(referral.header("Content-Security-Policy")).contains("script-src 'self' 'wasm-unsafe-eval';")
                .doesNotContain("'unsafe-eval'").doesNotContain("unsafe-inline").contains("default-src 'none'").contains("connect-src 'self'");
    }

    @Test
    void signingInFromThePageSetsAStrictHttpOnlySecureCookieAndRedirects() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/sign-in",
                        Map.of("username", "officer.airport", "password", ApiClient.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class);

        assertThat(response.getStatus().getCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/home");
        String cookie = response.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith("waymark_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HTTPOnly").contains("Secure").contains("SameSite=Strict");
        assertThat(response.body()).as("no token in a page's body").isNullOrEmpty();
    }

    @Test
    void theLanguageSwitchReturnsOnlyToAPathOfThisSite() {
        for (String back : java.util.List.of("/%5Cevil.example", "//evil.example", "/%2F%2Fevil.example", "https://evil.example", "/%00")) {
            HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/language?lang=pl&back=" + back), String.class);
            assertThat(response.getStatus().getCode()).as(back).isEqualTo(303);
            assertThat(response.header("Location")).as(back).isEqualTo("/");
        }
        HttpResponse<String> home = http.toBlocking().exchange(HttpRequest.GET("/language?lang=pl&back=/officer/screenings"), String.class);
        assertThat(home.header("Location")).isEqualTo("/officer/screenings");
    }

    @Test
    void aPageWithoutASessionGoesToSignInWhileTheApiStillAnswers401() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/officer").accept(MediaType.TEXT_HTML), String.class);
        assertThat(page.getStatus().getCode()).isIn(302, 303);
        assertThat(page.header("Location")).as("the sign-in page, then back to the page").isEqualTo("/?back=%2Fofficer");

        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/v1/screenings").accept(MediaType.APPLICATION_JSON), String.class);
            throw new AssertionError("expected 401");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(401);
        }
    }

    @Test
    void anUnknownAddressOrAWrongMethodIsAPageInTheUsersLanguageWhileTheApiKeepsProblemJson() {
        String session = new ApiClient(http).signIn("officer.airport", ApiClient.DEMO_PASSWORD);
        HttpResponse<String> unknown = failed(HttpRequest.GET("/no-such-page").accept(MediaType.TEXT_HTML).header("Accept-Language", "pl"));
        assertThat(unknown.getStatus().getCode()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("text/html");
        assertThat(unknown.body()).contains("lang=\"pl\"").contains("Nie ma takiej strony").contains("href=\"/home\"");

        HttpResponse<String> method = failed(HttpRequest.GET("/officer/screenings/" + UUID.randomUUID() + "/answers")
                .accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", session)));
        assertThat(method.getStatus().getCode()).isEqualTo(405);
        assertThat(method.body()).contains("<html").contains("cannot be opened like that");

        HttpResponse<String> api = failed(HttpRequest.GET("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(session));
        assertThat(api.getStatus().getCode()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aPageFormSentWithoutASessionIsA401PageLeadingBackToItsPage() {
        HttpResponse<String> response = failed(HttpRequest.POST("/officer/screenings/" + UUID.randomUUID() + "/consents", Map.of("purpose", "NGO_SUPPORT"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
                .header("Referer", "http://localhost/officer/screenings/1234/consent"));
        assertThat(response.getStatus().getCode()).isEqualTo(401);
        assertThat(response.body()).contains("was not saved").contains("href=\"/?expired&amp;back=%2Fofficer%2Fscreenings%2F1234%2Fconsent\"");

        HttpResponse<String> elsewhere = failed(HttpRequest.POST("/sign-out", Map.of("_csrf", "x"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML).header("Referer", "https://evil.example//evil.example/x"));
        assertThat(elsewhere.getStatus().getCode()).isEqualTo(401);
        assertThat(elsewhere.body()).contains("href=\"/?expired\"").doesNotContain("evil");
    }

    @Test
    void signingInAgainReturnsToThePageItCameFromButOnlyOnThisSite() {
        Map<String, String> credentials = Map.of("username", "officer.airport", "password", ApiClient.DEMO_PASSWORD);
        HttpResponse<String> back = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/sign-in?back=%2Fofficer%2Fscreenings%2Fnew", credentials)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class);
        assertThat(back.header("Location")).isEqualTo("/officer/screenings/new");
        for (String evil : List.of("%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example")) {
            HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/sign-in?back=" + evil, credentials)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class);
            assertThat(response.header("Location")).as(evil).isEqualTo("/home");
        }
        HttpResponse<String> wrong = http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/sign-in?back=%2Fofficer",
                Map.of("username", "officer.airport", "password", "wrong")).contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class);
        assertThat(wrong.header("Location")).as("a wrong password keeps the way back").isEqualTo("/?failed&back=%2Fofficer");
    }

    @Test
    void aRefusalOnAPageIsAPageWithoutPersonalData() {
        String id = OwnUnit.create(http).officerAccount("here").api().start(NewScreening.adultLabour("Nadiia Secret")).id();
        String other = OwnUnit.create(http).officerAccount("elsewhere").api().token();
        try {
            http.toBlocking().exchange(HttpRequest.GET("/officer/screenings/" + id).accept(MediaType.TEXT_HTML)
                    .cookie(Cookie.of("waymark_session", other)), String.class);
            throw new AssertionError("expected 404");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(404);
            String body = e.getResponse().getBody(String.class).orElse("");
            assertThat(body).contains("<html").contains("was not found").doesNotContain("Nadiia").doesNotContain(id);
        }
    }

    private HttpResponse<String> failed(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.<String>status(e.getStatus()).headers(h -> e.getResponse().getHeaders().forEach((name, values) -> values.forEach(v -> h.add(name, v))))
                    .body(e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private Map<String, String> startForm() {
        Map<String, String> form = new HashMap<>();
        form.put("id", UUID.randomUUID().toString());
        form.put("catalogue", "waymark-indicators");
        form.put("checklist", "triage");
        form.put("intervieweeLanguage", "uk");
        form.put("placeType", "AIRPORT");
        form.put("exploitation", "LABOUR");
        form.put("ageBand", "AGE_25_34");
        form.put("sex", "FEMALE");
        form.put("nameOrAlias", "Anna Testowa");
        return form;
    }

    private String formToken(String session, String page) {
        String html = http.toBlocking().retrieve(HttpRequest.GET(page).accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", session)));
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("form token on " + page).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> post(String uri, String username, Map<String, String> form) {
        return postWith(new ApiClient(http).signIn(username, ApiClient.DEMO_PASSWORD), uri, form);
    }

    private HttpResponse<String> postMultipart(String session, String uri, String token) {
        io.micronaut.http.client.multipart.MultipartBody body = io.micronaut.http.client.multipart.MultipartBody.builder()
                .addPart("_csrf", token).addPart("key", "not a key").build();
        try {
            return http.toBlocking().exchange(HttpRequest.POST(uri, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", session)), String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.<String>status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private HttpResponse<String> postWith(String session, String uri, Map<String, String> form) {
        MutableHttpRequest<Map<String, String>> request = HttpRequest.POST(uri, form).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML).cookie(Cookie.of("waymark_session", session));
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.<String>status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
