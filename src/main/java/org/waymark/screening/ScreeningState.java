package org.waymark.screening;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/** The current state sent with a conflict so the client can merge: version, status and answers; no personal data, no notes. */
@Serdeable
public record ScreeningState(UUID id, long version, ScreeningStatus status, Map<String, String> answers) {
}
