package org.waymark.retention;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Makes the referral retention policy from the {@code waymark.retention.*} settings. */
@Factory
class RetentionPolicyFactory {

    @Singleton
    ReferralRetentionPolicy referralRetentionPolicy(
            @Value("${waymark.retention.packet-after-acknowledgement:30d}") Duration packetAfterAcknowledgement,
            @Value("${waymark.retention.packet-after-referral-ended:7d}") Duration packetAfterEnded,
            @Value("${waymark.retention.packet-unacknowledged:30d}") Duration packetUnacknowledged,
            @Value("${waymark.retention.referral-overdue:14d}") Duration overdue,
            @Value("${waymark.retention.referral-open-limit:180d}") Duration openLimit) {
        return new ReferralRetentionPolicy(packetAfterAcknowledgement, packetAfterEnded, packetUnacknowledged, overdue, openLimit);
    }
}
