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

    /** The region of the built-in practice unit (V43): no officer, partner or statistic belongs to it, so it is listed nowhere. */
    public static final UUID PRACTICE = UUID.fromString("5a1d6c1e-0000-4000-8000-000000000043");

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

    /** Every region but the practice unit's. */
    public List<Region> findAll() {
        return rows.findAll().stream().map(RegionRow::region).filter(region -> !region.id().equals(PRACTICE)).toList();
    }

    public boolean existsById(UUID id) {
        return rows.existsById(id);
    }

    public Region save(Region region) {
        return rows.save(RegionRow.of(region)).region();
    }
}
