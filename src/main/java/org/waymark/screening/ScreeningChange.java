package org.waymark.screening;

import io.micronaut.serde.annotation.Serdeable;
import org.waymark.scoring.Assessment;

import java.util.UUID;

/**
 * What a change to a screening (consent, completion, reopening) answers with: its version, status and assessment —
 * never personal data, so a retried or a colleague's change reveals nothing that a read would have to audit.
 */
@Serdeable
public record ScreeningChange(UUID id, long version, ScreeningStatus status, Assessment assessment) {
}
