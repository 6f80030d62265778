package org.waymark.referral;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ReferralBody;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The joint inspection route over the API: Border Guard asks the labour inspectorate, which agrees with a date or declines with a reason. */
@MicronautTest(transactional = false)
class JointInspectionApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient officer;
    ApiClient inspectorate;

    @BeforeEach
    void signIn() {
        officer = OwnUnit.create(http).officer("airport");
        inspectorate = new ApiClient(http).as("partner.inspectorate");
    }

    @Test
    void theUnitAsksForAJointInspectionAndTheInspectorateAgreesWithADate() {
        String id = referred("demo-labour-inspectorate", "LABOUR_INSPECTORATE");
        assertThat(officer.requestJointInspection(id).jointInspection()).isEqualTo("REQUESTED");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/referrals/" + id + "/joint-inspection", Map.of()), 409).type())
                .as("asked once is enough").isEqualTo("urn:waymark:problem:referral.joint-inspection-not-allowed");
        assertThat(inspectorate.inboxItem(id).jointInspection()).isEqualTo("REQUESTED");

        String answer = "/api/v1/inbox/" + id + "/joint-inspection";
        assertThat(inspectorate.refusal(HttpRequest.POST(answer, Map.of("answer", "AGREED")), 400).fields()).containsExactly("date");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(inspectorate.refusal(HttpRequest.POST(answer, Map.of("answer", "AGREED", "date", yesterday)), 400).fields())
                .containsExactly("date");
        assertThat(inspectorate.inboxItem(id).jointInspection()).as("a refused answer changes nothing").isEqualTo("REQUESTED");

        LocalDate inTwoWeeks = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        assertThat(inspectorate.agreeToJointInspection(id, inTwoWeeks).jointInspection()).isEqualTo("AGREED");
        ReferralBody agreed = officer.referral(id);
        assertThat(agreed.jointInspection()).isEqualTo("AGREED");
        assertThat(agreed.jointInspectionDate()).isEqualTo(inTwoWeeks);
        assertThat(inspectorate.refusal(HttpRequest.POST(answer, Map.of("answer", "DECLINED", "reason", "changed our mind")), 409).type())
                .isEqualTo("urn:waymark:problem:referral.joint-inspection-not-allowed");
    }

    @Test
    void theInspectorateDeclinesWithAReasonTheUnitReadsAndTheUnitMayAskAgain() {
        String id = referred("demo-labour-inspectorate", "LABOUR_INSPECTORATE");
        String answer = "/api/v1/inbox/" + id + "/joint-inspection";
        assertThat(inspectorate.refusal(HttpRequest.POST(answer, Map.of("answer", "AGREED", "date", "2099-01-01")), 409).type())
                .as("nothing was asked yet").isEqualTo("urn:waymark:problem:referral.joint-inspection-not-allowed");
        officer.requestJointInspection(id);

        assertThat(inspectorate.refusal(HttpRequest.POST(answer, Map.of("answer", "DECLINED")), 400).fields()).containsExactly("reason");
        assertThat(inspectorate.refusal(HttpRequest.POST(answer, Map.of("answer", "REQUESTED")), 400).fields()).containsExactly("answer");
        inspectorate.declineJointInspection(id, "No inspector free in that district this month");

        ReferralBody declined = officer.referral(id);
        assertThat(declined.jointInspection()).isEqualTo("DECLINED");
        assertThat(declined.jointInspectionReason()).isEqualTo("No inspector free in that district this month");
        assertThat(officer.requestJointInspection(id).jointInspection()).isEqualTo("REQUESTED");
    }

    @Test
    void onlyAReferralToTheLabourInspectorateCanAskForAJointInspectionAndOnlyByItsOwnUnit() {
        String ngo = referred("demo-ngo", "NGO_SUPPORT");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/referrals/" + ngo + "/joint-inspection", Map.of()), 400).fields())
                .containsExactly("referral");
        String id = referred("demo-labour-inspectorate", "LABOUR_INSPECTORATE");
        ApiClient otherUnit = OwnUnit.create(http).officer("border");
        otherUnit.refusal(HttpRequest.POST("/api/v1/referrals/" + id + "/joint-inspection", Map.of()), 404);
        assertThat(officer.referral(id).jointInspection()).isNull();
        assertThat(officer.getJson("/api/v1/referrals/" + id)).as("not even as null").doesNotContainKey("jointInspection");
    }

    @Test
    void refusesAJointInspectionOfAWorkplaceTheAnonymousNotificationLeftOutAndChangesNothing() {
        String fewOthers = anonymousWithWorkplace(Map.of("employer", Map.of("name", "Szklarnie Testowe sp. z o.o."), "othersAffected", 1));
        assertThat(officer.referral(fewOthers).workplaceWithheld()).containsExactly("FEW_OTHERS");

        var refusal = officer.refusal(HttpRequest.POST("/api/v1/referrals/" + fewOthers + "/joint-inspection", Map.of()), 422);

        assertThat(refusal.type()).isEqualTo("urn:waymark:problem:referral.joint-inspection-workplace-withheld");
        assertThat(refusal.fields()).containsExactly("referral");
        assertThat(refusal.detail()).as("names the reason, not the workplace").contains("FEW_OTHERS").doesNotContain("Szklarnie");
        assertThat(officer.referral(fewOthers).jointInspection()).isNull();
        assertThat(inspectorate.inboxItem(fewOthers).jointInspection()).isNull();

        String privateHome = anonymousWithWorkplace(Map.of("employer", Map.of("name", "Jan Testowy", "privateHome", "YES"), "othersAffected", 9));
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/referrals/" + privateHome + "/joint-inspection", Map.of()), 422).detail())
                .contains("PRIVATE_HOME");

        String manyOthers = anonymousWithWorkplace(Map.of("employer", Map.of("name", "Sady Testowe"), "othersAffected", 12));
        assertThat(officer.referral(manyOthers).workplaceWithheld()).as("the packet names the workplace (an empty list is left out)").isNull();
        assertThat(officer.requestJointInspection(manyOthers).jointInspection()).isEqualTo("REQUESTED");
    }

    @Test
    void aRequestCarriesProposedDatesAndTheUnitsContactForTheInspectorateAndRefusesBadOnesChangingNothing() {
        String id = referred("demo-labour-inspectorate", "LABOUR_INSPECTORATE");
        String ask = "/api/v1/referrals/" + id + "/joint-inspection";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(officer.refusal(HttpRequest.POST(ask, Map.of("proposedDates", List.of(today.minusDays(1).toString()))), 400).fields())
                .containsExactly("proposedDates");
        assertThat(officer.refusal(HttpRequest.POST(ask, Map.of("proposedDates", List.of(today.plusDays(1).toString(),
                today.plusDays(2).toString(), today.plusDays(3).toString(), today.plusDays(4).toString()))), 400).fields())
                .containsExactly("proposedDates");
        assertThat(officer.refusal(HttpRequest.POST(ask, Map.of("unitContact", "Оксана Тестова")), 400).fields())
                .as("a name is not a unit's contact").containsExactly("unitContact");
        assertThat(officer.referral(id).jointInspection()).as("a refused request changes nothing").isNull();

        officer.postJson(ask, Map.of("proposedDates", List.of(today.plusDays(9).toString(), today.plusDays(7).toString()),
                "unitContact", "+48 22 500 00 00"));

        ReferralBody.JointInspectionRequest asked = inspectorate.inboxItem(id).jointInspectionRequest();
        assertThat(asked.proposedDates()).containsExactly(today.plusDays(7), today.plusDays(9));
        assertThat(asked.contact()).isEqualTo("+48 22 500 00 00");
        assertThat(asked.unitName()).isNotBlank();
        assertThat(officer.referral(id).jointInspectionRequest()).isEqualTo(asked);
    }

    /** An anonymous notification (no consent) to the demo labour inspectorate of a screening with these workplace facts. */
    private String anonymousWithWorkplace(Map<String, Object> facts) {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of());
        officer.putJson("/api/v1/screenings/" + screening + "/workplace", facts);
        ReferralBody referral = officer.refer(screening, NewReferral.to(officer.partnerId("demo-labour-inspectorate")));
        assertThat(referral.named()).isFalse();
        return referral.id();
    }

    private String referred(String partnerCode, String consent) {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of(consent));
        return officer.refer(screening, NewReferral.to(officer.partnerId(partnerCode))).id();
    }
}
