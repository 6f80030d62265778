package org.waymark.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The referral retention rules on their own: cut-offs and the settings refused at start-up. */
class ReferralRetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
    private final ReferralRetentionPolicy policy = new ReferralRetentionPolicy(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(30),
            Duration.ofDays(14), Duration.ofDays(180));

    @Test
    void aReferralIsPastTheHardLimitOnlyOnceItWasSentLongerAgoThanTheLimit() {
        assertThat(policy.pastOpenLimit(NOW.minus(Duration.ofDays(180)).plusSeconds(1), NOW)).isFalse();
        assertThat(policy.pastOpenLimit(NOW.minus(Duration.ofDays(180)).minusSeconds(1), NOW)).isTrue();
        assertThat(policy.openLimitSentBefore(NOW)).isEqualTo(NOW.minus(Duration.ofDays(180)));
    }

    @Test
    void eachCutOffLiesItsOwnPeriodBeforeNow() {
        assertThat(policy.acknowledgedBefore(NOW)).isEqualTo(NOW.minus(Duration.ofDays(30)));
        assertThat(policy.endedBefore(NOW)).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(policy.unacknowledgedSentBefore(NOW)).isEqualTo(NOW.minus(Duration.ofDays(30)));
        assertThat(policy.overdueIfLastMoveBefore(NOW)).isEqualTo(NOW.minus(Duration.ofDays(14)));
    }

    @Test
    void refusesAnOverdueLimitThatIsNotShorterThanTheHardLimit() {
        assertThatThrownBy(() -> new ReferralRetentionPolicy(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(30),
                Duration.ofDays(180), Duration.ofDays(180)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waymark.retention.referral-overdue");
    }

    @Test
    void refusesAZeroPeriodNamingTheSetting() {
        assertThatThrownBy(() -> new ReferralRetentionPolicy(Duration.ofDays(30), Duration.ZERO, Duration.ofDays(30),
                Duration.ofDays(14), Duration.ofDays(180)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waymark.retention.packet-after-referral-ended");
    }
}
