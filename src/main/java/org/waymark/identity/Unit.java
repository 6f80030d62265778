package org.waymark.identity;

import java.util.UUID;

/** A checkpoint or post where officers work; screenings belong to a unit. */
@io.micronaut.serde.annotation.Serdeable
public record Unit(UUID id, String code, String name, UUID regionId, PlaceType placeType) {
}
