package org.waymark.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** {@code waymark.retention}: how long screenings, referral packets and audit entries are kept (src/docs/personal-data-and-audit.md). */
@Context
@ConfigurationProperties("waymark.retention")
public record RetentionSettings(@Bindable(defaultValue = "30d") Duration screening,
                                @Bindable(defaultValue = "90d") Duration afterReferralsEnded,
                                @Bindable(defaultValue = "30d") Duration packetAfterAcknowledgement,
                                @Bindable(defaultValue = "7d") Duration packetAfterReferralEnded,
                                @Bindable(defaultValue = "30d") Duration packetUnacknowledged,
                                @Bindable(defaultValue = "14d") Duration referralOverdue,
                                @Bindable(defaultValue = "180d") Duration referralOpenLimit,
                                @Bindable(defaultValue = "1095d") Duration audit) {
}
