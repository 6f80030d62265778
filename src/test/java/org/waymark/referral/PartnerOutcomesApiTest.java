package org.waymark.referral;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;
import org.waymark.testing.ReferralBody;
import org.waymark.testing.ReferralMove;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured partner outcomes over the API: recorded only when closing, refused when they contradict, and counted in
 * the referral statistics only through the same disclosure control as every other table.
 */
@MicronautTest(transactional = false)
class PartnerOutcomesApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient officer;
    ApiClient partner;
    ApiClient supervisor;

    @BeforeAll
    void twelveReferralsClosedWithKcikSupportTwoOfThemReportedToTheProsecutor() {
        officer = OwnUnit.create(http).officer("airport");
        partner = new ApiClient(http).as("partner.ngo");
        supervisor = new ApiClient(http).as("supervisor");
        for (int i = 0; i < 12; i++) {
            List<String> results = i < 2 ? List.of("SUPPORTED_BY_KCIK", "OFFENCE_REPORTED_TO_PROSECUTOR") : List.of("SUPPORTED_BY_KCIK");
            ReferralBody closed = partner.moveAsPartner(accepted(), ReferralMove.to("CLOSED").outcome("SUCCESSFUL").results(results)
                    .wageArrears("UP_TO_5000_PLN"));
            assertThat(closed.results()).containsExactlyInAnyOrderElementsOf(results);
            assertThat(closed.wageArrears()).isEqualTo("UP_TO_5000_PLN");
        }
    }

    @Test
    void refusesResultsOnAMoveThatDoesNotCloseAndChangesNothing() {
        String id = referred();
        String moves = "/api/v1/inbox/" + id + "/moves";
        partner.moveAsPartner(id, ReferralMove.to("RECEIVED"));
        Problem problem = partner.refusal(HttpRequest.POST(moves, ReferralMove.to("ACCEPTED").results(List.of("SUPPORTED_BY_NGO"))), 400);
        assertThat(problem.fields()).containsExactly("results");
        assertThat(partner.inboxItem(id).status()).isEqualTo("RECEIVED");
    }

    @Test
    void refusesAnInspectionBothCarriedOutAndNotPossibleAnUnknownResultAndAResultThisKindOfPartnerDoesNotRecord() {
        String id = accepted();
        String moves = "/api/v1/inbox/" + id + "/moves";
        ReferralMove success = ReferralMove.to("CLOSED").outcome("SUCCESSFUL");
        Problem contradiction = partner.refusal(HttpRequest.POST(moves,
                success.results(List.of("INSPECTION_CARRIED_OUT", "INSPECTION_NOT_POSSIBLE"))), 400);
        assertThat(contradiction.fields()).containsExactly("results");
        assertThat(partner.refusal(HttpRequest.POST(moves, success.results(List.of("EVERYONE_HAPPY"))), 400).toString())
                .doesNotContain("Exception");
        assertThat(partner.refusal(HttpRequest.POST(moves, success.wageArrears("ABOUT_300_EUR")), 400).toString()).doesNotContain("Exception");
        Problem notTheirs = partner.refusal(HttpRequest.POST(moves, success.results(List.of("INSPECTION_NOT_POSSIBLE"))), 400);
        assertThat(notTheirs.fields()).as("an NGO does not inspect").containsExactly("results");
        assertThat(notTheirs.toString()).contains("not recorded by a partner of this kind");
        assertThat(partner.inboxItem(id).status()).as("a refused close changes nothing").isEqualTo("ACCEPTED");
        ReferralBody closed = partner.moveAsPartner(id, success.results(List.of("SUPPORTED_BY_NGO")));
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.results()).containsExactly("SUPPORTED_BY_NGO");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStatisticsCountWhatReferralsLedToOnlyThroughDisclosureControl() {
        Map<String, Object> table = supervisor.getJson("/api/v1/stats/referrals?rows=partnerResult&period=year");
        List<String> rows = (List<String>) table.get("rows");
        assertThat(rows).as("12 supported by KCIK are shown by name").contains("SUPPORTED_BY_KCIK")
                .as("2 reported to the prosecutor are below k: not listed by name").doesNotContain("OFFENCE_REPORTED_TO_PROSECUTOR");
        List<List<Map<String, Object>>> cells = (List<List<Map<String, Object>>>) table.get("cells");
        assertThat(cells.get(rows.indexOf("OTHER")).get(0)).as("the 2 (or 3 with another test's close), under OTHER").containsEntry("display", "< 11");
        assertThat(cells.get(rows.indexOf("SUPPORTED_BY_KCIK")).get(0)).as("the 12 hidden too: with the total they would give the 2 away")
                .containsEntry("suppressed", true);

        Map<String, Object> wages = supervisor.getJson("/api/v1/stats/referrals?rows=wageArrears&period=year");
        assertThat((List<String>) wages.get("rows")).contains("UP_TO_5000_PLN");
        String csv = new String(supervisor.getBytes("/api/v1/stats/referrals?rows=partnerResult&period=year&format=csv"), StandardCharsets.UTF_8);
        assertThat(csv).as("the CSV goes through the same disclosure control").contains("SUPPORTED_BY_KCIK").doesNotContain("OFFENCE_REPORTED");
    }

    /** A new referral to the demo NGO, for a completed screening with the person's consent. */
    private String referred() {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("NGO_SUPPORT"));
        return officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo"))).id();
    }

    /** A referral the demo NGO received and accepted. */
    private String accepted() {
        String id = referred();
        partner.moveAsPartner(id, ReferralMove.to("RECEIVED"));
        partner.moveAsPartner(id, ReferralMove.to("ACCEPTED"));
        return id;
    }
}
