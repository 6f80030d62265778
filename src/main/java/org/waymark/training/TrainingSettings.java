package org.waymark.training;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code waymark.training.pass-mark}: the percentage of right answers that passes a course quiz. */
@Context
@ConfigurationProperties("waymark.training")
record TrainingSettings(@Bindable(defaultValue = "80") @Min(value = 1, message = "waymark.training.pass-mark must be a percentage from 1 to 100")
                        @Max(value = 100, message = "waymark.training.pass-mark must be a percentage from 1 to 100") int passMark) {
}
