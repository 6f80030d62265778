package org.waymark.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.Organisation;
import org.waymark.identity.OrganisationType;
import org.waymark.identity.Organisations;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Region;
import org.waymark.identity.Regions;
import org.waymark.identity.Role;
import org.waymark.identity.Unit;
import org.waymark.identity.Units;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;
import org.waymark.identity.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Demo mode only: two regions with a unit each, a demo labour inspectorate and a demo NGO, and a user
 * for every role, created once (stable ids, so a restart adds nothing). The logins are printed.
 */
@Singleton
@Requires(property = "waymark.mode", value = "demo")
class DemoIdentity {

    /** Published with the demo: never valid outside demo mode, where these accounts do not exist. */
    static final String DEMO_PASSWORD = "waymark-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);

    private final Regions regions;
    private final Units units;
    private final Organisations organisations;
    private final UserAccountRows users;
    private final PasswordHasher hasher;
    private final Clock clock;
    /**
     * The published demo password's hash, made once and given to every demo account that is created: argon2id is slow
     * on purpose, and every start in demo mode (every test class) would otherwise pay for it eight times.
     */
    private String demoPasswordHash;

    DemoIdentity(Regions regions, Units units, Organisations organisations, UserAccountRows users, PasswordHasher hasher, Clock clock) {
        this.regions = regions;
        this.units = units;
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void seed(StartupEvent event) {
        Region east = region("demo-east", "Demo region East");
        Region south = region("demo-south", "Demo region South");
        Unit airport = unit("demo-airport", "Demo airport checkpoint", east, PlaceType.AIRPORT);
        Unit border = unit("demo-land-border", "Demo land border crossing", south, PlaceType.LAND_BORDER);
        Organisation inspectorate = organisation("demo-labour-inspectorate", "Demo State Labour Inspectorate", OrganisationType.LABOUR_INSPECTORATE);
        Organisation ngo = organisation("demo-ngo", "Demo intervention centre (NGO)", OrganisationType.VICTIM_SUPPORT_NGO);
        user("officer.airport", Role.OFFICER, airport.id(), east.id(), null);
        user("officer.border", Role.OFFICER, border.id(), south.id(), null);
        user("supervisor", Role.SUPERVISOR, null, null, null);
        user("trainer", Role.TRAINER, null, null, null);
        user("trainee", Role.TRAINEE, null, null, null); // no unit: a trainee's practice runs in the practice unit
        user("admin", Role.ADMIN, null, null, null);
        user("auditor", Role.AUDITOR, null, null, null);
        user("partner.inspectorate", Role.PARTNER, null, null, inspectorate.id());
        user("partner.ngo", Role.PARTNER, null, null, ngo.id());
        LOG.info("DEMO logins, password '{}' for all: officer.airport and officer.border (OFFICER, one per demo unit), "
                + "supervisor, trainer, trainee (TRAINEE: practice cases and the course only), admin, auditor, partner.inspectorate and "
                + "partner.ngo (PARTNER)", DEMO_PASSWORD);
    }

    private Region region(String code, String name) {
        return regions.findByCode(code).orElseGet(() -> regions.save(new Region(stableId(code), code, name)));
    }

    private Unit unit(String code, String name, Region region, PlaceType placeType) {
        return units.findByCode(code).orElseGet(() -> units.save(new Unit(stableId(code), code, name, region.id(), placeType)));
    }

    private Organisation organisation(String code, String name, OrganisationType type) {
        return organisations.findByCode(code).orElseGet(() -> organisations.save(new Organisation(stableId(code), code, name, type)));
    }

    private void user(String username, Role role, UUID unit, UUID region, UUID organisation) {
        if (users.findByUsername(username).isEmpty()) {
            users.save(new UserAccountRow(stableId("user:" + username), username, role, unit, region, organisation,
                    demoPasswordHash(), true, clock.instant(), null, false));
        }
    }

    private String demoPasswordHash() {
        if (demoPasswordHash == null) {
            demoPasswordHash = hasher.hash(DEMO_PASSWORD.toCharArray());
        }
        return demoPasswordHash;
    }

    /** A demo account as the other seeders act in its name, once it exists. */
    Optional<CurrentUser> actingAs(String username) {
        return users.findByUsername(username).map(u -> new CurrentUser(u.id(), u.username(), u.role(), u.unitId(), u.regionId(),
                u.organisationId(), null));
    }

    static UUID stableId(String code) {
        return UUID.nameUUIDFromBytes(("waymark-demo:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
