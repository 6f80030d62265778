package org.waymark.identity.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.waymark.identity.Region;

import java.util.UUID;

/** The stored form of a region: the finest place that statistics are ever broken down by. */
@MappedEntity("region")
public record RegionRow(@Id UUID id, String code, String name) {

    public static RegionRow of(Region region) {
        return new RegionRow(region.id(), region.code(), region.name());
    }

    public Region region() {
        return new Region(id, code, name);
    }
}
