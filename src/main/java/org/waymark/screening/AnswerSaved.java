package org.waymark.screening;

import io.micronaut.serde.annotation.Serdeable;
import org.waymark.scoring.Assessment;

import java.util.UUID;

/** What saving an answer returns: the new version and the live assessment. No personal data. */
@Serdeable
public record AnswerSaved(UUID screening, long version, String questionId, String answer, Assessment assessment) {
}
