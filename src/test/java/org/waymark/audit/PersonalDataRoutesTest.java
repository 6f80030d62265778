package org.waymark.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.StartDetails;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route is classified: either it touches personal data (and each call writes an audit entry for the case) or
 * it does not. A new route fails {@link #everyRouteIsClassified} until someone decides which it is.
 */
@MicronautTest
class PersonalDataRoutesTest extends DatabaseTest {

    /** Routes that create, read, change, disclose or erase personal data, with the audit action each writes. */
    static final Map<String, String> PERSONAL = Map.ofEntries(
            Map.entry("POST /api/v1/screenings", "CREATE"),
            Map.entry("GET /api/v1/screenings/{id}", "READ"),
            Map.entry("PUT /api/v1/screenings/{id}/start-details", "UPDATE"),
            Map.entry("PUT /api/v1/screenings/{id}/answers/{questionId}", "UPDATE"),
            Map.entry("POST /api/v1/screenings/{id}/consents", "UPDATE"),
            Map.entry("POST /api/v1/screenings/{id}/complete", "UPDATE"),
            Map.entry("POST /api/v1/screenings/{id}/reopen", "UPDATE"),
            Map.entry("POST /api/v1/screenings/{id}/hold", "UPDATE"),
            Map.entry("POST /api/v1/screenings/{id}/hold/release", "UPDATE"),
            Map.entry("PUT /api/v1/screenings/{id}/workplace", "UPDATE"),
            Map.entry("GET /api/v1/screenings/{id}/workplace", "READ"),
            Map.entry("GET /api/v1/audit/screenings/{id}/read-purposes", "READ"),
            Map.entry("POST /api/v1/screenings/{id}/discard", "PURGE"),
            Map.entry("POST /api/v1/screenings/{screeningId}/referrals", "REFER"),
            Map.entry("GET /api/v1/inbox/{id}/packet", "EXPORT"),
            Map.entry("POST /api/v1/inbox/{id}/moves", "UPDATE"),
            Map.entry("POST /api/v1/referrals/{id}/moves", "UPDATE"),
            Map.entry("POST /api/v1/referrals/{id}/joint-inspection", "UPDATE"),
            Map.entry("POST /api/v1/inbox/{id}/joint-inspection", "UPDATE"),
            Map.entry("GET /api/v1/training/course-results", "READ"));

    /** Routes that never touch personal data (ids, codes, coarse fields, ciphertext metadata, questions, rules). */
    static final Set<String> NOT_PERSONAL = Set.of(
            "GET /api/v1/screenings", "GET /api/v1/screenings/{id}/next", "GET /api/v1/screenings/{id}/assessment",
            "GET /api/v1/screenings/{screeningId}/referrals", "GET /api/v1/referrals/{id}", "GET /api/v1/inbox", "GET /api/v1/inbox/{id}",
            "GET /api/v1/partners", "GET /api/v1/partners/{id}", "PUT /api/v1/partners/{id}/details", "POST /api/v1/partners/{id}/keys",
            "GET /api/v1/partners/{id}/keys", "GET /api/v1/service-key", "GET /api/v1/service-key/openpgp", "GET /api/v1/service-key/certificate",
            "GET /api/v1/catalogues", "GET /api/v1/catalogues/{id}/{version}", "GET /api/v1/catalogues/{id}/{version}/checklists/{checklist}",
            "POST /api/v1/scoring/evaluate", "GET /api/v1/audit/verify", "GET /api/v1/audit/entries", "GET /api/v1/audit/records/{id}",
            "GET /api/v1/audit/checkpoints", "POST /api/v1/audit/checkpoints", "POST /api/v1/auth/sign-in", "POST /api/v1/auth/sign-out",
            "GET /api/v1/auth/me", "GET /api/v1/admin/regions", "POST /api/v1/admin/regions", "GET /api/v1/admin/units",
            "POST /api/v1/admin/units", "GET /api/v1/admin/organisations", "POST /api/v1/admin/organisations", "GET /api/v1/admin/users",
            "POST /api/v1/admin/users", "POST /api/v1/admin/users/{id}/disable", "POST /api/v1/admin/users/{id}/enable",
            "PUT /api/v1/admin/users/{id}/assignment", "POST /api/v1/admin/users/{id}/password", "POST /api/v1/admin/users/{id}/sessions/end",
            "GET /api/v1/stats/screenings", "GET /api/v1/stats/referrals", "GET /api/v1/stats/referral-times",
            "GET /api/v1/stats/releases/screenings", "GET /api/v1/stats/screenings/comparison", "POST /api/v1/auth/password", "GET /api/v1/supervisor/overdue-referrals",
            "GET /api/v1/supervisor/case-access-grants",
            // training: the officer's own course attempts and the programme's counts (no screened person in either)
            "GET /api/v1/course/modules", "POST /api/v1/course/modules/{moduleId}/attempts", "GET /api/v1/training/report",
            "GET /api/v1/training/sessions", "POST /api/v1/training/sessions", "POST /api/v1/training/sessions/{id}/evaluations",
            "GET /api/v1/training/sessions/{id}", "PUT /api/v1/training/sessions/{id}", "DELETE /api/v1/training/sessions/{id}",
            // practice: fictional cases, and practice screenings that keep no person
            "GET /api/v1/practice/cases", "GET /api/v1/practice/screenings/{id}/brief", "GET /api/v1/practice/screenings/{id}/feedback",
            "GET /api/v1/practice/screenings/{id}/replies", "POST /api/v1/practice/screenings", "POST /api/v1/practice/screenings/{id}/ask/{questionId}",
            "GET /api/v1/training/practice-cases", "GET /api/v1/training/practice-cases/{id}", "GET /api/v1/training/practice-cases/{id}/cards",
            "POST /api/v1/training/practice-cases", "PUT /api/v1/training/practice-cases/{id}",
            // the packet of a practice screening for the built-in practice partner: anonymous, of an invented person
            "GET /api/v1/screenings/{id}/practice-referral");

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyRouteIsClassified() {
        Set<String> routes = router.uriRoutes()
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString().replaceAll("\\{(\\w+)[^}]*}", "{$1}"))
                .filter(r -> r.contains("/api/"))
                .map(r -> r.startsWith("HEAD ") ? "GET " + r.substring(5) : r) // HEAD runs the GET handler: same class
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> classified = new TreeSet<>(PERSONAL.keySet());
        classified.addAll(NOT_PERSONAL);
        assertThat(routes).as("routes to classify in PersonalDataRoutesTest").containsExactlyInAnyOrderElementsOf(classified);
    }

    @Test
    void everyCallOfAPersonalDataRouteWritesItsAuditEntry() {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        ApiClient auditor = new ApiClient(http).as("auditor");
        String id = UUID.randomUUID().toString();
        Set<String> called = new TreeSet<>();

        call(auditor, id, "POST /api/v1/screenings", called, () -> officer.start(NewScreening.adultLabour("Anna").id(UUID.fromString(id))));
        call(auditor, id, "GET /api/v1/screenings/{id}", called, () -> officer.screening(id));
        StartDetails details = NewScreening.adultLabour("Anna").startDetails(0L);
        call(auditor, id, "PUT /api/v1/screenings/{id}/start-details", called, () -> officer.putJson(
                "/api/v1/screenings/" + id + "/start-details", details));
        call(auditor, id, "PUT /api/v1/screenings/{id}/answers/{questionId}", called, () -> officer.putJson(
                "/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work", Map.of("answer", "YES", "expectedVersion", 1)));
        call(auditor, id, "POST /api/v1/screenings/{id}/consents", called, () -> officer.postJson("/api/v1/screenings/" + id + "/consents",
                Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN", "told", CompletedScreenings.TOLD_ALL)));
        call(auditor, id, "POST /api/v1/screenings/{id}/complete", called, () -> officer.postJson("/api/v1/screenings/" + id + "/complete",
                Map.of("expectedVersion", version(officer, id))));
        call(auditor, id, "POST /api/v1/screenings/{id}/reopen", called, () -> officer.postJson("/api/v1/screenings/" + id + "/reopen",
                Map.of("reason", "one answer was wrong")));
        call(auditor, id, "POST /api/v1/screenings/{id}/complete", called, () -> officer.postJson("/api/v1/screenings/" + id + "/complete",
                Map.of("expectedVersion", version(officer, id))));
        call(auditor, id, "POST /api/v1/screenings/{id}/hold", called, () -> officer.status(HttpRequest.POST("/api/v1/screenings/" + id + "/hold",
                Map.of("reason", "prosecutor's request"))));
        call(auditor, id, "POST /api/v1/screenings/{id}/hold/release", called, () -> officer.status(HttpRequest.POST(
                "/api/v1/screenings/" + id + "/hold/release", Map.of("reason", "request withdrawn"))));
        call(auditor, id, "PUT /api/v1/screenings/{id}/workplace", called, () -> officer.putJson("/api/v1/screenings/" + id + "/workplace",
                Map.of("othersAffected", 4, "wishes", List.of("UNPAID_WAGES"))));
        call(auditor, id, "GET /api/v1/screenings/{id}/workplace", called, () -> officer.getJson("/api/v1/screenings/" + id + "/workplace"));
        call(auditor, id, "GET /api/v1/audit/screenings/{id}/read-purposes", called,
                () -> auditor.getJsonList("/api/v1/audit/screenings/" + id + "/read-purposes"));
        String mistake = UUID.randomUUID().toString();
        officer.start(NewScreening.adultLabour("Anna").id(UUID.fromString(mistake)));
        call(auditor, mistake, "POST /api/v1/screenings/{id}/discard", called, () -> officer.status(HttpRequest.POST(
                "/api/v1/screenings/" + mistake + "/discard", Map.of("reason", "OPENED_BY_MISTAKE"))));
        String ngo = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code"))).findFirst().orElseThrow()
                .get("id").toString();
        String referral = UUID.randomUUID().toString();
        call(auditor, referral, "POST /api/v1/screenings/{screeningId}/referrals", called, () -> officer.postJson(
                "/api/v1/screenings/" + id + "/referrals", Map.of("id", referral, "partnerId", ngo)));
        call(auditor, referral, "GET /api/v1/inbox/{id}/packet", called, () -> partner.getBytes("/api/v1/inbox/" + referral + "/packet"));
        call(auditor, referral, "POST /api/v1/inbox/{id}/moves", called, () -> partner.postJson("/api/v1/inbox/" + referral + "/moves",
                Map.of("status", "RECEIVED")));
        call(auditor, referral, "POST /api/v1/referrals/{id}/moves", called, () -> officer.postJson("/api/v1/referrals/" + referral + "/moves",
                Map.of("status", "REVOKED", "reason", "sent to the wrong partner")));
        String inspectorate = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-labour-inspectorate".equals(p.get("code")))
                .findFirst().orElseThrow().get("id").toString();
        String joint = UUID.randomUUID().toString();
        officer.postJson("/api/v1/screenings/" + id + "/referrals", Map.of("id", joint, "partnerId", inspectorate));
        call(auditor, joint, "POST /api/v1/referrals/{id}/joint-inspection", called, () -> officer.postJson(
                "/api/v1/referrals/" + joint + "/joint-inspection", Map.of()));
        call(auditor, joint, "POST /api/v1/inbox/{id}/joint-inspection", called, () -> new ApiClient(http).as("partner.inspectorate")
                .postJson("/api/v1/inbox/" + joint + "/joint-inspection", Map.of("answer", "DECLINED", "reason", "no inspector free")));

        // an officer's course results are the officer's personal data: a trainer's read of them is audited per user
        OwnUnit.Officer learner = OwnUnit.create(http).officerAccount("learner");
        learner.api().postJson("/api/v1/course/modules/interpreters/attempts", Map.of("choices", Map.of("companion", "b", "first-person", "a")));
        String learnerId = new ApiClient(http).as("admin").getJsonList("/api/v1/admin/users").stream()
                .filter(u -> learner.username().equals(u.get("username"))).findFirst().orElseThrow().get("id").toString();
        call(auditor, learnerId, "GET /api/v1/training/course-results", called,
                () -> new ApiClient(http).as("trainer").getJsonList("/api/v1/training/course-results"));

        assertThat(called).containsExactlyInAnyOrderElementsOf(PERSONAL.keySet());
    }

    /**
     * Whoever calls (the conducting officer, a colleague of the unit) and whenever (during the walk-through, after
     * completion), no route but the purposeful read returns the person's data: every other response, success or refusal,
     * is searched for a canary name; the read itself needs a purpose from a colleague and leaves a READ entry with it.
     */
    @Test
    void onlyThePurposefulReadReturnsPersonalDataToAnyCallerAtAnyStage() {
        OwnUnit unit = OwnUnit.create(http);
        ApiClient conductor = unit.officer("conductor");
        ApiClient auditor = new ApiClient(http).as("auditor");
        ApiClient colleague = unit.officer("routes");
        String canary = "Qwzyx Canarynova";
        String id = UUID.randomUUID().toString();
        conductor.start(NewScreening.adultLabour(canary).id(UUID.fromString(id)));

        for (ApiClient caller : List.of(conductor, colleague)) {
            String who = caller == conductor ? "conductor" : "colleague";
            assertNoCanary(canary, who + ", walk-through", caller, List.of(
                    HttpRequest.PUT("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work",
                            Map.of("answer", "YES", "expectedVersion", version(conductor, id))),
                    HttpRequest.POST("/api/v1/screenings/" + id + "/consents",
                            Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN", "told", CompletedScreenings.TOLD_ALL)),
                    HttpRequest.GET("/api/v1/screenings"), HttpRequest.GET("/api/v1/screenings/" + id + "/next"),
                    HttpRequest.GET("/api/v1/screenings/" + id + "/assessment"), HttpRequest.GET("/api/v1/screenings/" + id + "/referrals")));
        }
        assertNoCanary(canary, "conductor completes", conductor, List.of(HttpRequest.POST("/api/v1/screenings/" + id + "/complete",
                Map.of("expectedVersion", version(conductor, id)))));
        String ngo = conductor.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code"))).findFirst().orElseThrow()
                .get("id").toString();
        for (ApiClient caller : List.of(conductor, colleague)) {
            String who = caller == conductor ? "conductor" : "colleague";
            assertNoCanary(canary, who + ", after completion", caller, List.of(
                    HttpRequest.POST("/api/v1/screenings/" + id + "/complete", Map.of("expectedVersion", version(conductor, id))),
                    HttpRequest.POST("/api/v1/screenings/" + id + "/consents",
                            Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN", "told", CompletedScreenings.TOLD_ALL)),
                    HttpRequest.POST("/api/v1/screenings/" + id + "/referrals", Map.of("id", UUID.randomUUID().toString(), "partnerId", ngo)),
                    HttpRequest.GET("/api/v1/screenings"), HttpRequest.GET("/api/v1/screenings/" + id + "/assessment"),
                    HttpRequest.GET("/api/v1/screenings/" + id + "/referrals")));
        }

        assertNoCanary(canary, "colleague without a purpose", colleague, List.of(HttpRequest.GET("/api/v1/screenings/" + id)));
        assertThat(colleague.status(HttpRequest.GET("/api/v1/screenings/" + id))).isEqualTo(400);
        assertThat(colleague.screening(id, "checking the route test").person().nameOrAlias()).isEqualTo(canary);
        Map<String, Object> stated = auditor.getJsonList("/api/v1/audit/screenings/" + id + "/read-purposes").stream()
                .filter(p -> "checking the route test".equals(p.get("purpose"))).findFirst().orElseThrow();
        assertThat(auditor.getJsonList("/api/v1/audit/records/" + id)).filteredOn(e -> "READ".equals(e.get("action")))
                .extracting(e -> e.get("purpose")).contains(stated.get("auditPurpose"));
        assertThat(conductor.screening(id).person().nameOrAlias()).as("the conductor, the same day").isEqualTo(canary);
    }

    private void assertNoCanary(String canary, String stage, ApiClient caller, List<io.micronaut.http.MutableHttpRequest<?>> requests) {
        for (io.micronaut.http.MutableHttpRequest<?> request : requests) {
            String body;
            try {
                body = http.toBlocking().exchange(caller.authorised(request), String.class).body();
            } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
                body = e.getResponse().getBody(String.class).orElse("");
            }
            assertThat(String.valueOf(body)).as(stage + ": " + request.getMethod() + " " + request.getPath()).doesNotContain(canary)
                    .doesNotContain("Canarynova");
        }
    }

    private static long version(ApiClient officer, String id) {
        return officer.getJsonList("/api/v1/screenings").stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .map(s -> ((Number) s.get("version")).longValue()).orElseThrow();
    }

    private void call(ApiClient auditor, String record, String route, Set<String> called, Runnable request) {
        int before = auditor.getJsonList("/api/v1/audit/records/" + record).size();
        request.run();
        List<Map<String, Object>> after = auditor.getJsonList("/api/v1/audit/records/" + record);
        assertThat(after).as(route + " wrote no audit entry").hasSizeGreaterThan(before);
        assertThat(after.subList(before, after.size())).as(route).extracting(e -> e.get("action")).contains(PERSONAL.get(route));
        called.add(route);
    }
}
