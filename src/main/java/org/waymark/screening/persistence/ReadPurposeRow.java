package org.waymark.screening.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A purpose stated to read a screening outside its walk-through, sealed; its audit entry names it by {@code id}. */
@MappedEntity("read_purpose")
public record ReadPurposeRow(@Id UUID id, UUID screeningId, byte[] sealed, Instant statedAt) {
}
