package org.waymark.training.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One anonymous evaluation form of a session. */
@MappedEntity("training_evaluation")
public record EvaluationRow(@Id UUID id, UUID sessionId, int effectiveness, int substantiveValue, Instant recordedAt) {
}
