package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.waymark.identity.OrganisationType;
import org.waymark.screening.ConsentPurpose;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.RuleViolationException;

import java.util.List;
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
    void aKeptCompletedRealScreeningInAPacketLanguageIsReferable() {
        assertThat(ReferralRules.referable(new ReferralSubject(false, true, false), "en")).isEqualTo(Decision.allowed());
    }

    @Test
    void aPurgedScreeningIsNotReferable() {
        Decision purged = ReferralRules.referable(new ReferralSubject(true, true, false), "en");
        assertThat(purged).isEqualTo(new Refused("screening.purged", "screeningId",
                "This screening's personal data was deleted under the retention rules.", Refused.Kind.CONFLICT));
        assertThat(((Refused) purged).exception()).isInstanceOf(ConflictException.class);
    }

    @Test
    void anUnfinishedScreeningIsNotReferable() {
        Decision unfinished = ReferralRules.referable(new ReferralSubject(false, false, false), "en");
        assertThat(unfinished).isInstanceOf(Refused.class);
        assertThat(((Refused) unfinished).code()).isEqualTo("referral.screening-not-completed");
        assertThat(((Refused) unfinished).kind()).isEqualTo(Refused.Kind.CONFLICT);
    }

    @Test
    void aTrainingScreeningIsNeverReferredToARealPartner() {
        Decision training = ReferralRules.referable(new ReferralSubject(false, true, true), "en");
        assertThat(training).isEqualTo(new Refused("referral.training-screening", "screeningId",
                "is a training screening: it is never referred to a real partner"));
        assertThat(((Refused) training).exception()).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPacketIsOnlyWrittenInAPacketLanguage() {
        Decision klingon = ReferralRules.referable(new ReferralSubject(false, true, false), "tlh");
        assertThat(klingon).isInstanceOf(Refused.class);
        assertThat(((Refused) klingon).field()).isEqualTo("language");
        assertThat(((Refused) klingon).exception()).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aScreeningHasAtMostOneOpenReferralPerPartner() {
        assertThat(ReferralRules.oneOpenReferralPerPartner(List.of())).isEqualTo(Decision.allowed());
        assertThat(ReferralRules.oneOpenReferralPerPartner(List.of(ReferralStatus.DECLINED, ReferralStatus.CLOSED, ReferralStatus.REVOKED)))
                .isEqualTo(Decision.allowed());
        Decision second = ReferralRules.oneOpenReferralPerPartner(List.of(ReferralStatus.REVOKED, ReferralStatus.RECEIVED));
        assertThat(second).isInstanceOf(Refused.class);
        assertThat(((Refused) second).code()).isEqualTo("referral.already-referred");
        assertThat(((Refused) second).exception("the open one")).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.current()).contains("the open one"));
    }

    @Test
    void aRefusalBecomesTheRuleViolationClientsAreAnswered() {
        var violation = new Refused("referral.consent-missing", "partnerId", "needs consent").violation();
        assertThat(violation.code()).isEqualTo("referral.consent-missing");
        assertThat(violation.violations()).extracting(v -> v.field()).containsExactly("partnerId");
    }
}
