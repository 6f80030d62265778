package org.waymark.identity;

import jakarta.inject.Singleton;
import org.waymark.identity.persistence.RegionRow;
import org.waymark.identity.persistence.RegionRows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The regions: the finest places that statistics are broken down by and partners serve. */
@Singleton
public class Regions {

    private final RegionRows rows;

    Regions(RegionRows rows) {
        this.rows = rows;
    }

    public Optional<Region> findById(UUID id) {
        return rows.findById(id).map(RegionRow::region);
    }

    public Optional<Region> findByCode(String code) {
        return rows.findByCode(code).map(RegionRow::region);
    }

    public List<Region> findAll() {
        return rows.findAll().stream().map(RegionRow::region).toList();
    }

    public boolean existsById(UUID id) {
        return rows.existsById(id);
    }

    public Region save(Region region) {
        return rows.save(RegionRow.of(region)).region();
    }
}
