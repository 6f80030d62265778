package org.waymark.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The API as tests call it: typed screening calls, JSON read as maps elsewhere, and a refusal read as its problem document. */
public final class ApiClient {

    /** The published demo password of every demo account. */
    public static final String DEMO_PASSWORD = "waymark-demo";

    private final HttpClient client;
    private final String token;

    public ApiClient(HttpClient client) {
        this(client, null);
    }

    private ApiClient(HttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** Signs in as a demo user and returns a client that sends the token. */
    public ApiClient as(String username) {
        return new ApiClient(client, signIn(username, DEMO_PASSWORD));
    }

    /** A client that sends this token (for accounts with their own password). */
    public ApiClient withToken(String token) {
        return new ApiClient(client, token);
    }

    public String token() {
        return token;
    }

    public String signIn(String username, String password) {
        Map<String, Object> response = client.toBlocking().retrieve(
                HttpRequest.POST("/api/v1/auth/sign-in", Map.of("username", username, "password", password)),
                Argument.mapOf(String.class, Object.class));
        return (String) response.get("access_token");
    }

    /**
     * The first sign-in of an account an administrator set up (or reset) with {@code temporary}: its holder chooses their
     * own password, {@link #own}{@code (temporary)}, and signs in with it. Returns the session's token.
     */
    public String firstSignIn(String username, String temporary) {
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/password",
                Map.of("username", username, "currentPassword", temporary, "newPassword", own(temporary))));
        return signIn(username, own(temporary));
    }

    /** The password a test account's holder chooses in place of the temporary one. */
    public static String own(String temporary) {
        return temporary + "-own";
    }

    public <T> io.micronaut.http.MutableHttpRequest<T> authorised(io.micronaut.http.MutableHttpRequest<T> request) {
        return token == null ? request : request.bearerAuth(token);
    }

    public Map<String, Object> getJson(String uri) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET(uri)), Argument.mapOf(String.class, Object.class));
    }

    public List<Map<String, Object>> getJsonList(String uri) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET(uri)), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    public byte[] getBytes(String uri) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET(uri)), byte[].class);
    }

    public Map<String, Object> postJson(String uri, Object body) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST(uri, body)), Argument.mapOf(String.class, Object.class));
    }

    public Map<String, Object> putJson(String uri, Object body) {
        return client.toBlocking().retrieve(authorised(HttpRequest.PUT(uri, body)), Argument.mapOf(String.class, Object.class));
    }

    /** Starts a screening; the typed way to {@code POST /api/v1/screenings}. */
    public ScreeningBody start(NewScreening screening) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/screenings", screening)), ScreeningBody.class);
    }

    /** Answers one question of a screening at {@code expectedVersion}. */
    public ScreeningBody answer(String screening, String question, String answer, long expectedVersion) {
        return client.toBlocking().retrieve(authorised(HttpRequest.PUT("/api/v1/screenings/" + screening + "/answers/" + question,
                Map.of("answer", answer, "expectedVersion", expectedVersion))), ScreeningBody.class);
    }

    /** Records a consent given for {@code purpose} with everything told. */
    public ScreeningBody consentGiven(String screening, String purpose, List<String> told) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/screenings/" + screening + "/consents",
                Map.of("purpose", purpose, "status", "GIVEN", "told", told))), ScreeningBody.class);
    }

    /** Completes a screening at {@code expectedVersion}. */
    public ScreeningBody complete(String screening, long expectedVersion) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/screenings/" + screening + "/complete",
                Map.of("expectedVersion", expectedVersion))), ScreeningBody.class);
    }

    /** Reads a screening (an audited read of its personal data). */
    public ScreeningBody screening(String screening) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET("/api/v1/screenings/" + screening)), ScreeningBody.class);
    }

    /** The status code the request gets, whatever it is. */
    public int status(io.micronaut.http.MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(authorised(request), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** Refers a completed screening; the typed way to {@code POST /api/v1/screenings/{id}/referrals}. */
    public ReferralBody refer(String screening, NewReferral referral) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals", referral)),
                ReferralBody.class);
    }

    /** The referrals of a screening the unit can see. */
    public List<ReferralBody> referrals(String screening) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET("/api/v1/screenings/" + screening + "/referrals")),
                Argument.listOf(ReferralBody.class));
    }

    /** The id of the partner with this code (as an officer or administrator lists them). */
    public String partnerId(String code) {
        return getJsonList("/api/v1/partners").stream().filter(p -> code.equals(p.get("code"))).map(p -> (String) p.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no partner " + code));
    }

    /** A referral as the referring unit sees it. */
    public ReferralBody referral(String referral) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET("/api/v1/referrals/" + referral)), ReferralBody.class);
    }

    /** The referring unit's move: REVOKED with a reason. */
    public ReferralBody revoke(String referral, String reason) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/referrals/" + referral + "/moves",
                ReferralMove.to("REVOKED").reason(reason))), ReferralBody.class);
    }

    /** The referring unit asks the labour inspectorate for a joint inspection. */
    public ReferralBody requestJointInspection(String referral) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/referrals/" + referral + "/joint-inspection", Map.of())),
                ReferralBody.class);
    }

    /** The partner's inbox. */
    public List<ReferralBody> inbox() {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET("/api/v1/inbox")), Argument.listOf(ReferralBody.class));
    }

    /** One referral of the partner's inbox. */
    public ReferralBody inboxItem(String referral) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET("/api/v1/inbox/" + referral)), ReferralBody.class);
    }

    /** The partner's move of a referral in its inbox (received, accepted, declined, closed with outcomes). */
    public ReferralBody moveAsPartner(String referral, ReferralMove move) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/inbox/" + referral + "/moves", move)), ReferralBody.class);
    }

    /** The inspectorate's answer to a joint inspection request: AGREED on {@code date}. */
    public ReferralBody agreeToJointInspection(String referral, java.time.LocalDate date) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/inbox/" + referral + "/joint-inspection",
                Map.of("answer", "AGREED", "date", date.toString()))), ReferralBody.class);
    }

    /** The inspectorate's answer to a joint inspection request: DECLINED for {@code reason}. */
    public ReferralBody declineJointInspection(String referral, String reason) {
        return client.toBlocking().retrieve(authorised(HttpRequest.POST("/api/v1/inbox/" + referral + "/joint-inspection",
                Map.of("answer", "DECLINED", "reason", reason))), ReferralBody.class);
    }

    /** Sends the request, expects a refusal with {@code status} (as problem+json) and returns it typed. */
    public Problem refusal(io.micronaut.http.MutableHttpRequest<?> request, int status) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(authorised(request), String.class));
        assertThat(e).as("expected a refusal with " + status).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getContentType().map(Object::toString)).contains("application/problem+json");
        return e.getResponse().getBody(Problem.class).orElseThrow();
    }

    /** Reads a screening as a colleague who did not conduct it: the read names why ({@code purpose}), and is audited with it. */
    public ScreeningBody screening(String screening, String purpose) {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET("/api/v1/screenings/" + screening + "?purpose="
                + java.net.URLEncoder.encode(purpose, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))), ScreeningBody.class);
    }

    /** The unit's screenings as its list shows them: references, states and risk, no personal data. */
    public List<ScreeningSummary> screenings() {
        return client.toBlocking().retrieve(authorised(HttpRequest.GET("/api/v1/screenings")), Argument.listOf(ScreeningSummary.class));
    }
}
