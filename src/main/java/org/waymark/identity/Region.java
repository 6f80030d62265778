package org.waymark.identity;

import java.util.UUID;

/** A region: the finest place that statistics are ever broken down by. */
@io.micronaut.serde.annotation.Serdeable
public record Region(UUID id, String code, String name) {
}
