package org.waymark.training.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One revision of a practice case; {@code startProfile}, {@code expectedOutcome} and {@code script} (the scripted replies)
 * are JSON written by {@code PracticeCases}. An invented person: nothing here is personal data. The request hash is that of
 * the request that wrote a first revision under the client's id (none otherwise).
 */
@MappedEntity("practice_case")
public record PracticeCaseRow(@Id UUID id, UUID caseId, int revision, String title, String catalogueId, String catalogueVersion,
                              String checklistId, String intervieweeLanguage, String startProfile, String narrative, String observations,
                              String expectedOutcome, String script, UUID writtenBy, Instant writtenAt,
                              @io.micronaut.core.annotation.Nullable String requestHash) {
}
