package org.waymark.referral;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * {@code waymark.referral.push}: internal hosts a partner's push endpoint may name, the first and longest wait
 * between attempts, and how long one push may take.
 */
@Context
@ConfigurationProperties("waymark.referral.push")
record PushSettings(@Nullable List<String> allowedInternalHosts,
                    @Bindable(defaultValue = "10s") Duration firstRetry,
                    @Bindable(defaultValue = "1h") Duration maxRetry,
                    @Bindable(defaultValue = "10s") Duration timeout) {

    PushSettings {
        allowedInternalHosts = allowedInternalHosts == null ? List.of() : List.copyOf(allowedInternalHosts);
    }
}
