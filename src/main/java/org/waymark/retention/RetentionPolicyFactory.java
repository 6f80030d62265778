package org.waymark.retention;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the referral retention policy from the {@code waymark.retention.*} settings. */
@Factory
class RetentionPolicyFactory {

    @Singleton
    ReferralRetentionPolicy referralRetentionPolicy(RetentionSettings settings) {
        return new ReferralRetentionPolicy(settings.packetAfterAcknowledgement(), settings.packetAfterReferralEnded(),
                settings.packetUnacknowledged(), settings.referralOverdue(), settings.referralOpenLimit());
    }
}
