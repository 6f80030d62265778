package org.waymark.identity.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Unit;

import java.util.UUID;

/** The stored form of a unit: a checkpoint or post where officers work; screenings belong to a unit. */
@MappedEntity("unit")
public record UnitRow(@Id UUID id, String code, String name, UUID regionId, PlaceType placeType) {

    public static UnitRow of(Unit unit) {
        return new UnitRow(unit.id(), unit.code(), unit.name(), unit.regionId(), unit.placeType());
    }

    public Unit unit() {
        return new Unit(id, code, name, regionId, placeType);
    }
}
