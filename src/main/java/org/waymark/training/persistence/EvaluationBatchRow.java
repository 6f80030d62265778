package org.waymark.training.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One submit of evaluation forms under the id the client chose, so that a resent submit adds nothing. */
@MappedEntity("training_evaluation_batch")
public record EvaluationBatchRow(@Id UUID id, UUID sessionId, String requestHash, UUID recordedBy, Instant recordedAt) {
}
