package org.waymark.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A region: the finest place that statistics are ever broken down by. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("region")
public record Region(@Id UUID id, String code, String name) {
}
