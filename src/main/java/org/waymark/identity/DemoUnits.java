package org.waymark.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Demo mode only: two demo regions with a unit each, created once (stable ids, so a restart adds nothing).
 */
@Singleton
@Requires(property = "waymark.mode", value = "demo")
class DemoUnits {

    private final Regions regions;
    private final Units units;

    DemoUnits(Regions regions, Units units) {
        this.regions = regions;
        this.units = units;
    }

    @EventListener
    @Transactional
    void seed(StartupEvent event) {
        Region east = region("demo-east", "Demo region East");
        Region south = region("demo-south", "Demo region South");
        unit("demo-airport", "Demo airport checkpoint", east, PlaceType.AIRPORT);
        unit("demo-land-border", "Demo land border crossing", south, PlaceType.LAND_BORDER);
    }

    private Region region(String code, String name) {
        return regions.findByCode(code).orElseGet(() -> regions.save(new Region(stableId(code), code, name)));
    }

    private void unit(String code, String name, Region region, PlaceType placeType) {
        if (units.findByCode(code).isEmpty()) {
            units.save(new Unit(stableId(code), code, name, region.id(), placeType));
        }
    }

    static UUID stableId(String code) {
        return UUID.nameUUIDFromBytes(("waymark-demo:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
