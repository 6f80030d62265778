package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.waymark.identity.OrganisationType;
import org.waymark.screening.ConsentPurpose;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralRulesTest {

    @Test
    void aVictimSupportNgoNeedsConsentToNgoSupport() {
        Addressing without = ReferralRules.addressing(OrganisationType.VICTIM_SUPPORT_NGO, false, Set.of(ConsentPurpose.LABOUR_INSPECTORATE));
        assertThat(without).isEqualTo(new Refused("referral.consent-missing", "partnerId",
                "is a victim-support NGO: the person's consent to NGO support must be recorded as given"));
        assertThat(ReferralRules.addressing(OrganisationType.VICTIM_SUPPORT_NGO, false, Set.of(ConsentPurpose.NGO_SUPPORT)))
                .isInstanceOf(Addressing.Named.class);
    }

    @Test
    void childProtectionIsForMinorsAndNeedsNoConsent() {
        assertThat(ReferralRules.addressing(OrganisationType.CHILD_PROTECTION, true, Set.of())).isInstanceOf(Addressing.Named.class);
        Addressing adult = ReferralRules.addressing(OrganisationType.CHILD_PROTECTION, false, Set.of(ConsentPurpose.NGO_SUPPORT));
        assertThat(adult).isInstanceOf(Refused.class);
        assertThat(((Refused) adult).code()).isEqualTo("referral.child-protection-for-minors");
    }

    @Test
    void theLabourInspectorateIsOnlyNotifiedAnonymouslyWithoutConsent() {
        assertThat(ReferralRules.addressing(OrganisationType.LABOUR_INSPECTORATE, false, Set.of())).isInstanceOf(Addressing.Anonymous.class);
        assertThat(ReferralRules.addressing(OrganisationType.LABOUR_INSPECTORATE, false, Set.of(ConsentPurpose.LABOUR_INSPECTORATE)))
                .isInstanceOf(Addressing.Named.class);
    }

    @Test
    void anInvestigationNamesOnlyAMinor() {
        assertThat(ReferralRules.addressing(OrganisationType.INVESTIGATION_OR_POLICE, false, Set.of(ConsentPurpose.values())))
                .isInstanceOf(Addressing.Anonymous.class);
        assertThat(ReferralRules.addressing(OrganisationType.INVESTIGATION_OR_POLICE, true, Set.of())).isInstanceOf(Addressing.Named.class);
    }

    @Test
    void onlyAVictimSupportNgoCannotBeReferredToWithoutConsent() {
        assertThat(ReferralRules.needsConsent(OrganisationType.VICTIM_SUPPORT_NGO)).isTrue();
        assertThat(ReferralRules.needsConsent(OrganisationType.LABOUR_INSPECTORATE)).isFalse();
        assertThat(ReferralRules.needsConsent(OrganisationType.CHILD_PROTECTION)).isFalse();
        assertThat(ReferralRules.needsConsent(OrganisationType.INVESTIGATION_OR_POLICE)).isFalse();
    }

    @Test
    void aRefusalBecomesTheRuleViolationClientsAreAnswered() {
        var violation = new Refused("referral.consent-missing", "partnerId", "needs consent").violation();
        assertThat(violation.code()).isEqualTo("referral.consent-missing");
        assertThat(violation.violations()).extracting(v -> v.field()).containsExactly("partnerId");
    }
}
