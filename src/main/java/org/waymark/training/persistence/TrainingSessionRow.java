package org.waymark.training.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored programme session; countries visited as comma-separated ISO codes (empty unless a study visit). The request
 * hash is that of the request that created it (none for a session made without a client id); the version counts edits.
 */
@MappedEntity("training_session")
public record TrainingSessionRow(@Id UUID id, LocalDate heldOn, String place, String type, String countriesVisited, UUID recordedBy,
                                 Instant recordedAt, @Nullable String requestHash, long version) {
}
