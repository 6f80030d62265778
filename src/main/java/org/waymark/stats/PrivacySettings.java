package org.waymark.stats;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/** {@code waymark.stats.dp}: the noise of each differentially private release (ε) and the ε a quarter may spend. */
@Context
@ConfigurationProperties("waymark.stats.dp")
record PrivacySettings(@Bindable(defaultValue = "0.5") @Positive(message = "waymark.stats.dp.epsilon must be greater than 0") double epsilon,
                       @Bindable(defaultValue = "2.0") @Positive(message = "waymark.stats.dp.budget-per-quarter must be greater than 0") double budgetPerQuarter) {
}
