package org.waymark.training.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A practice screening: the screening, the case revision it runs, and the questions asked so far (comma-separated ids). */
@MappedEntity("practice_screening")
public record PracticeScreeningRow(@Id UUID screeningId, UUID caseRowId, String asked) {
}
