package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/** The parts of a screening response the tests read; the assessment stays a JSON object (tests compare it whole). */
@Serdeable
public record ScreeningBody(String id, String status, long version, String profile, @Nullable String reopenReason,
                            @Nullable Map<String, Object> assessment, boolean training,
                            @Nullable Instant purgedAt) {
}
