package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.waymark.identity.OrganisationType;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of partner is offered, and may record, only the results it brings about or learns of first hand. */
class PartnerResultTest {

    @Test
    void onlyTheLabourInspectorateIsOfferedTheInspection() {
        assertThat(PartnerResult.offeredTo(OrganisationType.LABOUR_INSPECTORATE)).containsExactly(PartnerResult.INSPECTION_CARRIED_OUT,
                PartnerResult.INSPECTION_NOT_POSSIBLE, PartnerResult.OFFENCE_REPORTED_TO_PROSECUTOR);
        for (OrganisationType other : Set.of(OrganisationType.VICTIM_SUPPORT_NGO, OrganisationType.INVESTIGATION_OR_POLICE,
                OrganisationType.CHILD_PROTECTION)) {
            assertThat(PartnerResult.offeredTo(other)).doesNotContain(PartnerResult.INSPECTION_CARRIED_OUT, PartnerResult.INSPECTION_NOT_POSSIBLE)
                    .contains(PartnerResult.OFFENCE_REPORTED_TO_PROSECUTOR);
        }
    }

    @Test
    void theCertificateOfPresumedVictimIsRecordedByThePoliceOrTheSupportingNgoNotByTheInspectorate() {
        assertThat(PartnerResult.offeredTo(OrganisationType.INVESTIGATION_OR_POLICE)).contains(PartnerResult.PRESUMED_VICTIM_CERTIFICATE_ISSUED);
        assertThat(PartnerResult.offeredTo(OrganisationType.VICTIM_SUPPORT_NGO)).contains(PartnerResult.PRESUMED_VICTIM_CERTIFICATE_ISSUED,
                PartnerResult.SUPPORTED_BY_KCIK);
        assertThat(PartnerResult.offeredTo(OrganisationType.LABOUR_INSPECTORATE)).doesNotContain(PartnerResult.PRESUMED_VICTIM_CERTIFICATE_ISSUED);
    }

    @Test
    void refusesAResultThePartnerDoesNotRecordNamingTheFieldAndWhatItIsOffered() {
        Decision decision = new PartnerOutcomes(Set.of(PartnerResult.INSPECTION_CARRIED_OUT), null).checkFor(OrganisationType.VICTIM_SUPPORT_NGO);

        assertThat(decision).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("referral.result-not-for-partner");
            assertThat(refused.field()).isEqualTo("results");
            assertThat(refused.reason()).contains("INSPECTION_CARRIED_OUT").contains("SUPPORTED_BY_NGO");
        });
        assertThat(new PartnerOutcomes(Set.of(PartnerResult.INSPECTION_CARRIED_OUT), null).checkFor(OrganisationType.LABOUR_INSPECTORATE))
                .isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void everyResultIsRecordedBySomeKindOfPartner() {
        for (PartnerResult result : PartnerResult.values()) {
            assertThat(OrganisationType.values()).as(result.name()).anyMatch(result::recordedBy);
        }
    }
}
