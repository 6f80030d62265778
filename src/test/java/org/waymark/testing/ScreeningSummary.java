package org.waymark.testing;

import io.micronaut.serde.annotation.Serdeable;

/** A screening as the unit's list shows it (no personal data): the parts the tests read. */
@Serdeable
public record ScreeningSummary(String id, String status, long version, String checklist, String profile, boolean training,
                               String reference, String riskLevel) {
}
