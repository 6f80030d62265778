package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.waymark.identity.OrganisationType;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.RuleViolationException;

import java.time.Instant;
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
        assertThat(ReferralRules.referable(subject(false, true, false), "en")).isEqualTo(Decision.allowed());
    }

    @Test
    void aPurgedScreeningIsNotReferable() {
        Decision purged = ReferralRules.referable(subject(true, true, false), "en");
        assertThat(purged).isEqualTo(new Refused("screening.purged", "screeningId",
                "This screening's personal data was deleted under the retention rules.", Refused.Kind.CONFLICT));
        assertThat(((Refused) purged).exception()).isInstanceOf(ConflictException.class);
    }

    @Test
    void anUnfinishedScreeningIsNotReferable() {
        Decision unfinished = ReferralRules.referable(subject(false, false, false), "en");
        assertThat(unfinished).isInstanceOf(Refused.class);
        assertThat(((Refused) unfinished).code()).isEqualTo("referral.screening-not-completed");
        assertThat(((Refused) unfinished).kind()).isEqualTo(Refused.Kind.CONFLICT);
    }

    @Test
    void aTrainingScreeningIsNeverReferredToARealPartner() {
        Decision training = ReferralRules.referable(subject(false, true, true), "en");
        assertThat(training).isEqualTo(new Refused("referral.training-screening", "screeningId",
                "is a training screening: it is never referred to a real partner"));
        assertThat(((Refused) training).exception()).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPacketIsOnlyWrittenInAPacketLanguage() {
        Decision klingon = ReferralRules.referable(subject(false, true, false), "tlh");
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
    void theRulesAddressTheSubjectByWhetherTheyAreAMinorAndWhatTheyConsentedTo() {
        var adultWithNgoConsent = new ReferralSubject(false, true, false, false, Set.of(ConsentPurpose.NGO_SUPPORT));
        assertThat(ReferralRules.addressing(OrganisationType.VICTIM_SUPPORT_NGO, adultWithNgoConsent)).isInstanceOf(Addressing.Named.class);
        assertThat(ReferralRules.addressing(OrganisationType.LABOUR_INSPECTORATE, adultWithNgoConsent)).isInstanceOf(Addressing.Anonymous.class);
        assertThat(ReferralRules.addressing(OrganisationType.CHILD_PROTECTION, adultWithNgoConsent)).isInstanceOf(Refused.class);
        var minorWithoutConsent = new ReferralSubject(false, true, false, true, Set.of());
        assertThat(ReferralRules.addressing(OrganisationType.CHILD_PROTECTION, minorWithoutConsent)).isInstanceOf(Addressing.Named.class);
        assertThat(ReferralRules.addressing(OrganisationType.VICTIM_SUPPORT_NGO, minorWithoutConsent)).isInstanceOf(Refused.class);
    }

    @Test
    void theSubjectIsReadOnceFromTheScreening() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        var consents = List.of(new ScreeningView.ConsentView("NGO_SUPPORT", "GIVEN", List.of(), null, now),
                new ScreeningView.ConsentView("LABOUR_INSPECTORATE", "REFUSED", List.of(), null, now),
                new ScreeningView.ConsentView("RESEARCH", "NOT_ASKED", List.of(), null, now));
        var subject = ReferralSubject.of(screening(ScreeningStatus.COMPLETED, "child-labour", consents, null, true));
        assertThat(subject).isEqualTo(new ReferralSubject(false, true, true, true, Set.of(ConsentPurpose.NGO_SUPPORT)));
        var adult = ReferralSubject.of(screening(ScreeningStatus.IN_PROGRESS, "adult-labour", List.of(), now, false));
        assertThat(adult).isEqualTo(new ReferralSubject(true, false, false, false, Set.of()));
    }

    @Test
    void aRefusalBecomesTheRuleViolationClientsAreAnswered() {
        var violation = new Refused("referral.consent-missing", "partnerId", "needs consent").violation();
        assertThat(violation.code()).isEqualTo("referral.consent-missing");
        assertThat(violation.violations()).extracting(v -> v.field()).containsExactly("partnerId");
    }

    private static ReferralSubject subject(boolean purged, boolean completed, boolean training) {
        return new ReferralSubject(purged, completed, training, false, Set.of());
    }

    private static ScreeningView screening(ScreeningStatus status, String profile, List<ScreeningView.ConsentView> consents,
                                           Instant purgedAt, boolean training) {
        return new ScreeningView(null, status, 0, null, "catalogue@1", "checklist", profile, "en", false, null, "place", null, null, null,
                null, null, List.of(), consents, null, Instant.EPOCH, null, null, purgedAt, training);
    }
}
