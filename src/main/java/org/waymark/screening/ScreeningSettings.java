package org.waymark.screening;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** {@code waymark.screening.answer-write-timeout}: how long an answer waits for its group commit before the request fails. */
@Context
@ConfigurationProperties("waymark.screening")
public record ScreeningSettings(@Bindable(defaultValue = "30s") Duration answerWriteTimeout) {
}
