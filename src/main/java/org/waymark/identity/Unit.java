package org.waymark.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A checkpoint or post where officers work; screenings belong to a unit. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("unit")
public record Unit(@Id UUID id, String code, String name, UUID regionId, PlaceType placeType) {
}
