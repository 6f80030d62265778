package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.referral.ReferralLifecycle.Side.PARTNER;
import static org.waymark.referral.ReferralLifecycle.Side.REFERRING_UNIT;
import static org.waymark.referral.ReferralStatus.ACCEPTED;
import static org.waymark.referral.ReferralStatus.CLOSED;
import static org.waymark.referral.ReferralStatus.DECLINED;
import static org.waymark.referral.ReferralStatus.RECEIVED;
import static org.waymark.referral.ReferralStatus.REVOKED;
import static org.waymark.referral.ReferralStatus.SENT;

class ReferralLifecycleTest {

    @Test
    void thePartnerAcknowledgesAcceptsAndCloses() {
        assertThat(ReferralLifecycle.check(PARTNER, SENT, RECEIVED, null, null)).isNull();
        assertThat(ReferralLifecycle.check(PARTNER, RECEIVED, ACCEPTED, null, null)).isNull();
        assertThat(ReferralLifecycle.check(PARTNER, ACCEPTED, CLOSED, ClosingOutcome.SUCCESSFUL, null)).isNull();
    }

    @Test
    void declineAndRevokeNeedAReason() {
        assertThat(ReferralLifecycle.check(PARTNER, RECEIVED, DECLINED, null, " ").field()).isEqualTo("reason");
        assertThat(ReferralLifecycle.check(PARTNER, RECEIVED, DECLINED, null, "no capacity")).isNull();
        assertThat(ReferralLifecycle.check(REFERRING_UNIT, SENT, REVOKED, null, null).field()).isEqualTo("reason");
        assertThat(ReferralLifecycle.check(REFERRING_UNIT, RECEIVED, REVOKED, null, "wrong partner")).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ClosingOutcome.class, names = "SUCCESSFUL", mode = EnumSource.Mode.EXCLUDE)
    void closingOtherwiseThanSuccessfullyNeedsAReason(ClosingOutcome outcome) {
        assertThat(ReferralLifecycle.check(PARTNER, ACCEPTED, CLOSED, outcome, null).field()).isEqualTo("reason");
        assertThat(ReferralLifecycle.check(PARTNER, ACCEPTED, CLOSED, outcome, "they moved away")).isNull();
    }

    @Test
    void closingNeedsAnOutcomeAndOnlyClosingTakesOne() {
        assertThat(ReferralLifecycle.check(PARTNER, ACCEPTED, CLOSED, null, null).field()).isEqualTo("outcome");
        assertThat(ReferralLifecycle.check(PARTNER, SENT, RECEIVED, ClosingOutcome.SUCCESSFUL, null).field()).isEqualTo("outcome");
    }

    @Test
    void theUnitCannotRevokeOnceAcceptedAndThePartnerCannotRevokeAtAll() {
        assertThat(ReferralLifecycle.check(REFERRING_UNIT, ACCEPTED, REVOKED, null, "late").code()).isEqualTo("referral.transition-not-allowed");
        assertThat(ReferralLifecycle.check(PARTNER, SENT, REVOKED, null, "x").code()).isEqualTo("referral.transition-not-allowed");
        assertThat(ReferralLifecycle.check(REFERRING_UNIT, SENT, RECEIVED, null, null).code()).isEqualTo("referral.transition-not-allowed");
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"DECLINED", "CLOSED", "REVOKED"})
    void nothingLeavesAFinalStatus(ReferralStatus last) {
        for (ReferralStatus to : ReferralStatus.values()) {
            assertThat(ReferralLifecycle.check(PARTNER, last, to, ClosingOutcome.SUCCESSFUL, "r")).isNotNull();
            assertThat(ReferralLifecycle.check(REFERRING_UNIT, last, to, null, "r")).isNotNull();
        }
        assertThat(last.isFinal()).isTrue();
    }

    @Test
    void acceptingNeedsAnAcknowledgementFirst() {
        assertThat(ReferralLifecycle.check(PARTNER, SENT, ACCEPTED, null, null).code()).isEqualTo("referral.transition-not-allowed");
    }
}
