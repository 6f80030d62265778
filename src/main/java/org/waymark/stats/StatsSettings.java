package org.waymark.stats;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** {@code waymark.stats}: the smallest count published (k) and the rounding resolution (0: the same as k). */
@Context
@ConfigurationProperties("waymark.stats")
public record StatsSettings(@Bindable(defaultValue = "11") @Positive(message = "waymark.stats.k must be greater than 0") int k,
                            @Bindable(defaultValue = "0") @PositiveOrZero(message = "waymark.stats.resolution must not be negative") int resolution) {

    /** The disclosure control these settings describe. */
    public DisclosureControl disclosureControl() {
        return new DisclosureControl(k, resolution == 0 ? k : resolution);
    }
}
