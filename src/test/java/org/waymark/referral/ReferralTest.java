package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.referral.Referral.Side.PARTNER;
import static org.waymark.referral.Referral.Side.REFERRING_UNIT;
import static org.waymark.referral.ReferralStatus.ACCEPTED;
import static org.waymark.referral.ReferralStatus.CLOSED;
import static org.waymark.referral.ReferralStatus.DECLINED;
import static org.waymark.referral.ReferralStatus.RECEIVED;
import static org.waymark.referral.ReferralStatus.REVOKED;
import static org.waymark.referral.ReferralStatus.SENT;

class ReferralTest {

    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 2);
    private static final java.util.List<String> NOTHING_WITHHELD = java.util.List.of();
    private static final java.util.List<java.time.LocalDate> NO_DATES = java.util.List.of();

    private static Referral at(ReferralStatus status) {
        return new Referral(UUID.randomUUID(), status, null, 3);
    }

    private static Refused refused(Decision decision) {
        assertThat(decision).isInstanceOf(Refused.class);
        return (Refused) decision;
    }

    @Test
    void thePartnerAcknowledgesAcceptsAndCloses() {
        assertThat(at(SENT).receive()).isInstanceOf(Decision.Allowed.class);
        assertThat(at(RECEIVED).accept()).isInstanceOf(Decision.Allowed.class);
        assertThat(at(ACCEPTED).close(ClosingOutcome.SUCCESSFUL, null)).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void aPartnerCannotCloseAReferralItHasNotAccepted() {
        Refused refusal = refused(at(RECEIVED).close(ClosingOutcome.SUCCESSFUL, null));
        assertThat(refusal.code()).isEqualTo("referral.transition-not-allowed");
        assertThat(refusal.field()).isEqualTo("status");
        assertThat(refusal.reason()).isEqualTo("a referral that is RECEIVED cannot become CLOSED by the partner");
    }

    @Test
    void acceptingNeedsAnAcknowledgementFirst() {
        assertThat(refused(at(SENT).accept()).code()).isEqualTo("referral.transition-not-allowed");
    }

    @Test
    void decliningNeedsAReason() {
        assertThat(refused(at(RECEIVED).decline(" ")).field()).isEqualTo("reason");
        assertThat(at(RECEIVED).decline("no capacity")).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void revokingNeedsAReason() {
        Refused refusal = refused(at(SENT).revoke(null));
        assertThat(refusal.code()).isEqualTo("referral.reason-required");
        assertThat(refusal.field()).isEqualTo("reason");
        assertThat(at(RECEIVED).revoke("wrong partner")).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void theUnitCannotRevokeOnceAccepted() {
        assertThat(refused(at(ACCEPTED).revoke("late")).reason()).isEqualTo("a referral that is ACCEPTED cannot become REVOKED by the referring unit");
    }

    @ParameterizedTest
    @EnumSource(value = ClosingOutcome.class, names = "SUCCESSFUL", mode = EnumSource.Mode.EXCLUDE)
    void closingOtherwiseThanSuccessfullyNeedsAReason(ClosingOutcome outcome) {
        assertThat(refused(at(ACCEPTED).close(outcome, null)).field()).isEqualTo("reason");
        assertThat(at(ACCEPTED).close(outcome, "they moved away")).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void closingNeedsAnOutcomeAndOnlyClosingTakesOne() {
        assertThat(refused(at(ACCEPTED).move(PARTNER, CLOSED, null, null, PartnerOutcomes.NONE)).code()).isEqualTo("referral.outcome-required");
        Refused stray = refused(at(SENT).move(PARTNER, RECEIVED, ClosingOutcome.SUCCESSFUL, null, PartnerOutcomes.NONE));
        assertThat(stray.code()).isEqualTo("referral.outcome-not-allowed");
        assertThat(stray.field()).isEqualTo("outcome");
    }

    @Test
    void eachSideMakesOnlyItsOwnMoves() {
        assertThat(refused(at(SENT).move(PARTNER, REVOKED, null, "x", PartnerOutcomes.NONE)).reason()).endsWith("by the partner");
        assertThat(refused(at(SENT).move(REFERRING_UNIT, RECEIVED, null, null, PartnerOutcomes.NONE)).reason()).endsWith("by the referring unit");
        assertThat(at(SENT).move(REFERRING_UNIT, REVOKED, null, "wrong partner", PartnerOutcomes.NONE)).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void aMoveThatIsNotAllowedIsRefusedBeforeItsDetailsAreChecked() {
        assertThat(refused(at(SENT).move(PARTNER, DECLINED, ClosingOutcome.SUCCESSFUL, null, PartnerOutcomes.NONE)).code()).isEqualTo("referral.transition-not-allowed");
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"DECLINED", "CLOSED", "REVOKED"})
    void nothingLeavesAFinalStatus(ReferralStatus last) {
        for (ReferralStatus to : ReferralStatus.values()) {
            assertThat(at(last).move(PARTNER, to, ClosingOutcome.SUCCESSFUL, "r", PartnerOutcomes.NONE)).isInstanceOf(Refused.class);
            assertThat(at(last).move(REFERRING_UNIT, to, null, "r", PartnerOutcomes.NONE)).isInstanceOf(Refused.class);
        }
        assertThat(last.isFinal()).isTrue();
    }

    @Test
    void anAllowedMoveGivesTheReferralAtTheNextVersion() {
        Referral accepted = at(ACCEPTED);
        Referral closed = accepted.after(CLOSED, ClosingOutcome.NO_LONGER_NEEDED);
        assertThat(closed).isEqualTo(new Referral(accepted.id(), CLOSED, ClosingOutcome.NO_LONGER_NEEDED, 4));
    }

    @Test
    void thePartnerRecordsWhatTheReferralLedToWhenClosing() {
        PartnerOutcomes results = new PartnerOutcomes(java.util.Set.of(PartnerResult.INSPECTION_CARRIED_OUT,
                PartnerResult.OFFENCE_REPORTED_TO_PROSECUTOR), WageArrears.FROM_5000_TO_20000_PLN);
        assertThat(at(ACCEPTED).move(PARTNER, CLOSED, ClosingOutcome.SUCCESSFUL, null, results)).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void refusesPartnerResultsOnAMoveThatDoesNotClose() {
        PartnerOutcomes results = new PartnerOutcomes(java.util.Set.of(PartnerResult.SUPPORTED_BY_KCIK), null);
        Refused refusal = refused(at(RECEIVED).move(PARTNER, ACCEPTED, null, null, results));
        assertThat(refusal.code()).isEqualTo("referral.results-not-allowed");
        assertThat(refusal.field()).isEqualTo("results");
        assertThat(refused(at(RECEIVED).move(PARTNER, ACCEPTED, null, null, new PartnerOutcomes(java.util.Set.of(), WageArrears.NONE_RECOVERED)))
                .field()).isEqualTo("results");
    }

    @Test
    void refusesAnInspectionBothCarriedOutAndNotPossible() {
        PartnerOutcomes contradiction = new PartnerOutcomes(java.util.Set.of(PartnerResult.INSPECTION_CARRIED_OUT,
                PartnerResult.INSPECTION_NOT_POSSIBLE), null);
        Refused refusal = refused(at(ACCEPTED).move(PARTNER, CLOSED, ClosingOutcome.SUCCESSFUL, null, contradiction));
        assertThat(refusal.code()).isEqualTo("referral.results-contradict");
        assertThat(refusal.field()).isEqualTo("results");
    }

    @Test
    void theUnitAsksOnlyTheLabourInspectorateForAJointInspectionWhileTheReferralIsOpen() {
        assertThat(at(ACCEPTED).requestJointInspection(org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE, null, NOTHING_WITHHELD, NO_DATES, TODAY))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(at(SENT).requestJointInspection(org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE, JointInspection.DECLINED, NOTHING_WITHHELD, NO_DATES, TODAY))
                .as("after a decline the unit may ask again").isInstanceOf(Decision.Allowed.class);
        assertThat(refused(at(SENT).requestJointInspection(org.waymark.identity.OrganisationType.VICTIM_SUPPORT_NGO, null, NOTHING_WITHHELD, NO_DATES, TODAY)).code())
                .isEqualTo("referral.joint-inspection-inspectorate-only");
        assertThat(refused(at(CLOSED).requestJointInspection(org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE, null, NOTHING_WITHHELD, NO_DATES, TODAY)).field())
                .isEqualTo("status");
        assertThat(refused(at(SENT).requestJointInspection(org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE, JointInspection.AGREED, NOTHING_WITHHELD, NO_DATES, TODAY))
                .field()).isEqualTo("jointInspection");
    }

    @Test
    void refusesAJointInspectionOfAWorkplaceTheAnonymousNotificationLeftOutNamingWhy() {
        Refused refusal = refused(at(SENT).requestJointInspection(org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE, null,
                java.util.List.of("FEW_OTHERS"), NO_DATES, TODAY));
        assertThat(refusal.code()).isEqualTo("referral.joint-inspection-workplace-withheld");
        assertThat(refusal.kind()).as("a broken rule, 422").isEqualTo(Refused.Kind.RULE);
        assertThat(refusal.field()).isEqualTo("referral");
        assertThat(refusal.reason()).contains("FEW_OTHERS").contains("cannot see the place");
    }

    @Test
    void refusesAJointInspectionProposingADateInThePast() {
        assertThat(at(SENT).requestJointInspection(org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE, null, NOTHING_WITHHELD,
                java.util.List.of(TODAY, TODAY.plusDays(3)), TODAY)).isInstanceOf(Decision.Allowed.class);
        Refused refusal = refused(at(SENT).requestJointInspection(org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE, null,
                NOTHING_WITHHELD, java.util.List.of(TODAY.minusDays(1)), TODAY));
        assertThat(refusal.field()).isEqualTo("proposedDates");
        assertThat(refusal.kind()).isEqualTo(Refused.Kind.INVALID);
    }

    @Test
    void theInspectorateAgreesWithADateNotInThePastOrDeclinesWithAReason() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        assertThat(at(ACCEPTED).agreeJointInspection(JointInspection.REQUESTED, today, today)).isInstanceOf(Decision.Allowed.class);
        assertThat(refused(at(ACCEPTED).agreeJointInspection(JointInspection.REQUESTED, null, today)).field()).isEqualTo("date");
        assertThat(refused(at(ACCEPTED).agreeJointInspection(JointInspection.REQUESTED, today.minusDays(1), today)).code())
                .isEqualTo("referral.joint-inspection-date-past");
        assertThat(refused(at(ACCEPTED).declineJointInspection(JointInspection.REQUESTED, " ")).field()).isEqualTo("reason");
        assertThat(refused(at(ACCEPTED).declineJointInspection(null, "no inspector free")).field()).isEqualTo("jointInspection");
        assertThat(at(RECEIVED).declineJointInspection(JointInspection.REQUESTED, "no inspector free")).isInstanceOf(Decision.Allowed.class);
    }
}
