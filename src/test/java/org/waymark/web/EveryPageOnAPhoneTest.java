package org.waymark.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role on a 360 × 740 phone, each with a skip link to its content: the page routes come from the router (as in PageSecurityTest), so a
 * new page is checked as soon as it exists; each is opened with real ids and must not scroll sideways.
 */
@MicronautTest
class EveryPageOnAPhoneTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Test
    void everyPageOfEveryRoleFitsA360PixelScreenWithoutSidewaysScrolling() {
        ApiClient officer = new ApiClient(http).as("officer.airport");
        String inProgress = officer.start(NewScreening.adultLabour("Mariia")).id();
        String completed = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE", "NGO_SUPPORT"));
        String ngo = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        String referral = (String) officer.postJson("/api/v1/screenings/" + completed + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", ngo)).get("id");

        String attempt = (String) officer.postJson("/api/v1/course/modules/interviewing/attempts",
                Map.of("choices", Map.of("presupposition", "a", "anchor", "b"))).get("id");
        String session = (String) new ApiClient(http).as("trainer").postJson("/api/v1/training/sessions", Map.of("heldOn", "2025-03-01",
                "place", "Training centre", "type", "TRAINING", "participants", List.of(Map.of("service", "POLICE", "sex", "MALE", "count", 12)))).get("id");
        String practiceCase = (String) new ApiClient(http).as("trainer").postJson("/api/v1/training/practice-cases", Map.of("title", "Phone case",
                "catalogue", "waymark-indicators", "checklist", "triage", "intervieweeLanguage", "uk", "narrative", "A worker.",
                "start", Map.of("placeType", "LAND_BORDER", "exploitation", "LABOUR", "ageBand", "AGE_25_34", "sex", "FEMALE"),
                "expected", Map.of("riskLevel", "HIGH", "trafficking", false, "forcedLabour", true),
                "replies", List.of(Map.of("questionId", "q.d5.documents-kept", "reply", "Так.", "answer", "YES")))).get("id");
        String practice = (String) officer.postJson("/api/v1/practice/screenings", Map.of("caseId", practiceCase)).get("id");
        long version = 0;
        for (int step = 0; step < 30; step++) { // a completed practice screening, for the practice partner's page
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> next = (List<Map<String, Object>>) officer.getJson("/api/v1/screenings/" + practice + "/next")
                    .getOrDefault("next", List.of());
            if (next.isEmpty()) {
                break;
            }
            version = officer.answer(practice, (String) next.get(0).get("id"), "NO", version).version();
        }
        officer.complete(practice, version);

        Map<String, String> ids = Map.ofEntries(Map.entry("/officer/screenings/{id}", inProgress), Map.entry("/officer/screenings/{id}/person", inProgress),
                Map.entry("/officer/screenings/{id}/consent", inProgress), Map.entry("/officer/screenings/{id}/check", inProgress),
                Map.entry("/officer/screenings/{id}/start-details", inProgress),
                Map.entry("/officer/screenings/{id}/completed", completed), Map.entry("/officer/cases/{id}", completed), Map.entry("/officer/cases/{id}/help-card", completed), Map.entry("/officer/screenings/{id}/workplace", completed),
                Map.entry("/partner/referrals/{id}", referral), Map.entry("/admin/partners/{id}", ngo),
                Map.entry("/training/modules/{moduleId}", "polish-law"), Map.entry("/training/attempts/{attemptId}", attempt),
                Map.entry("/trainer/sessions/{id}", session), Map.entry("/trainer/practice/{id}", practiceCase),
                Map.entry("/practice/screenings/{id}/feedback", practice), Map.entry("/officer/cases/{id}/practice-partner", practice));
        Set<String> routes = router.uriRoutes().filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .filter(r -> r.getDeclaringType().getName().startsWith("org.waymark."))
                .map(r -> r.getUriMatchTemplate().toPathString().replaceAll("\\{(\\w+)[^}]*}", "{$1}"))
                .filter(path -> !path.startsWith("/api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<String>> visits = new LinkedHashMap<>();
        for (String route : routes) {
            String uri = route.contains("{") ? route.replaceAll("\\{\\w+}", ids.getOrDefault(route, "missing")) : route;
            assertThat(uri).as("an id for " + route).doesNotContain("missing");
            if (route.equals("/language")) {
                uri = "/language?lang=pl&back=/account"; // goes back to a page: that page is the one to fit
            }
            visits.put(uri, usersFor(route));
        }

        List<String> tooWide = new ArrayList<>();
        List<String> noSkipLink = new ArrayList<>();
        // a phone's screen: the page lays out to its width="device-width" viewport, and zooms out if it is wider
        browser.manage().window().setSize(new Dimension(360, 740));
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        for (String user : List.of("", "officer.airport", "supervisor", "partner.ngo", "admin", "auditor", "trainer")) {
            browser.manage().deleteAllCookies();
            if (!user.isEmpty()) {
                signIn(user);
            }
            for (Map.Entry<String, List<String>> visit : visits.entrySet()) {
                if (!visit.getValue().contains(user)) {
                    continue;
                }
                browser.get(url(visit.getKey()));
                // a phone zooms out to show a page wider than its screen: then the window itself is wider than 360 px
                long width = (Long) script("return Math.max(document.documentElement.scrollWidth, window.innerWidth)");
                String name = "phone-" + (user.isEmpty() ? "signed-out" : user) + visit.getKey().replaceAll("[^A-Za-z0-9]+", "-")
                        .replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "-id");
                screenshot(name);
                noSkipLink.addAll(script(SKIP_LINK) == Boolean.TRUE ? List.of() : List.of(visit.getKey()));
                if (width > 360) {
                    tooWide.add(user + " " + visit.getKey() + ": " + width + " px, widest: " + script(WIDEST));
                }
            }
        }
        assertThat(tooWide).as("pages wider than the 360 px screen").isEmpty();
        assertThat(noSkipLink).as("pages without a skip link to their content").isEmpty();
    }

    /** Who opens a route: its own role, and for the shared pages every role (and nobody, where a page needs no sign-in). */
    private static List<String> usersFor(String route) {
        if (route.startsWith("/officer")) {
            return List.of("officer.airport");
        }
        if (route.startsWith("/partner")) {
            return List.of("partner.ngo");
        }
        if (route.startsWith("/supervisor")) {
            return List.of("supervisor");
        }
        if (route.startsWith("/admin")) {
            return List.of("admin");
        }
        if (route.startsWith("/trainer")) {
            return List.of("trainer");
        }
        if (route.startsWith("/practice")) {
            return List.of("officer.airport"); // practising runs on an officer's walk-through
        }
        if (route.startsWith("/training/attempts")) {
            return List.of("officer.airport"); // one's own attempts only
        }
        if (route.equals("/") || route.equals("/password")) {
            return List.of("");
        }
        return List.of("officer.airport", "supervisor", "partner.ngo", "admin", "auditor");
    }

    /** The page's first link is a skip link to its main content. */
    private static final String SKIP_LINK = "const a = document.querySelector('a[href]');"
            + "return a !== null && a.classList.contains('skip') && document.querySelector('a.skip[href=\"#main\"]') !== null"
            + " && document.getElementById('main') !== null && document.getElementById('main').tagName === 'MAIN'";

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The elements that stick out furthest to the right, to name in a failure. */
    private static final String WIDEST = "return [...document.querySelectorAll('body *')].map(e => [e.getBoundingClientRect().right, "
            + "e.tagName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')])"
            + ".filter(x => x[0] > 360).sort((a, b) => b[0] - a[0]).slice(0, 4).map(x => x[1] + ' ' + Math.round(x[0])).join(', ')";
}
