package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One saved answer; the note is encrypted with the screening's data key. */
@Introspected
public record AnswerRow(UUID screeningId, String questionId, String answer, @Nullable byte[] note, Instant answeredAt, UUID answeredBy) {
}
