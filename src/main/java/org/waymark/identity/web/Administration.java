package org.waymark.identity.web;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.CaseAccessNotices;
import org.waymark.identity.Organisation;
import org.waymark.identity.Organisations;
import org.waymark.identity.Region;
import org.waymark.identity.Regions;
import org.waymark.identity.Role;
import org.waymark.identity.Unit;
import org.waymark.identity.Units;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;
import org.waymark.identity.security.CurrentUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Regions, units, organisations and users: what the admin API and the admin pages both do. */
@Singleton
class Administration {

    private final Regions regions;
    private final Units units;
    private final Organisations organisations;
    private final UserAccountRows users;
    private final PasswordHasher hasher;
    private final AuditTrail trail;
    private final Clock clock;

    private final CaseAccessNotices notices;

    Administration(Regions regions, Units units, Organisations organisations, UserAccountRows users, PasswordHasher hasher, AuditTrail trail,
                   Clock clock, CaseAccessNotices notices) {
        this.notices = notices;
        this.regions = regions;
        this.units = units;
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.trail = trail;
        this.clock = clock;
    }

    /** Every administrator's act is on the audit trail with the administrator as actor. */
    private <T> T audited(CurrentUser admin, String recordType, UUID record, String act, T result) {
        trail.record(new AuditEvent(admin.id(), Role.ADMIN.name(), admin.unitId(), admin.organisationId(), AuditAction.ADMINISTER, recordType,
                record.toString(), act));
        return result;
    }

    Iterable<Region> regions() {
        return regions.findAll();
    }

    @Transactional
    Region createRegion(CurrentUser admin, AdminViews.CreateRegion command) {
        if (regions.findByCode(command.code()).isPresent()) {
            throw new ConflictException("region.code-taken", "A region with this code exists.");
        }
        Region region = regions.save(new Region(UUID.randomUUID(), command.code(), command.name()));
        return audited(admin, "region", region.id(), "create", region);
    }

    Iterable<Unit> units() {
        return units.findAll();
    }

    @Transactional
    Unit createUnit(CurrentUser admin, AdminViews.CreateUnit command) {
        if (!regions.existsById(command.regionId())) {
            throw InvalidInputException.of("regionId", "is not a known region");
        }
        if (units.findByCode(command.code()).isPresent()) {
            throw new ConflictException("unit.code-taken", "A unit with this code exists.");
        }
        Unit unit = units.save(new Unit(UUID.randomUUID(), command.code(), command.name(), command.regionId(), command.placeType()));
        return audited(admin, "unit", unit.id(), "create", unit);
    }

    Iterable<Organisation> organisations() {
        return organisations.findAll();
    }

    @Transactional
    Organisation createOrganisation(CurrentUser admin, AdminViews.CreateOrganisation command) {
        if (organisations.findByCode(command.code()).isPresent()) {
            throw new ConflictException("organisation.code-taken", "An organisation with this code exists.");
        }
        Organisation organisation = organisations.save(new Organisation(UUID.randomUUID(), command.code(), command.name(), command.type()));
        return audited(admin, "organisation", organisation.id(), "create", organisation);
    }

    List<AdminViews.UserView> users() {
        return users.findAllOrderByUsername().stream().map(Administration::view).toList();
    }

    /**
     * A new account; one that can read cases (OFFICER, AUDITOR) says so on the trail, where auditors see it. The password
     * given is temporary: it opens no session until the account's holder chose their own.
     */
    @Transactional
    AdminViews.UserView createUser(CurrentUser admin, AdminViews.CreateUser command) {
        checkScope(command.role(), command.unitId(), command.regionId(), command.organisationId());
        if (users.findByUsername(command.username()).isPresent()) {
            throw new ConflictException("user.username-taken", "A user with this name exists.");
        }
        UserAccountRow saved = users.save(new UserAccountRow(UUID.randomUUID(), command.username(), command.role(), command.unitId(),
                command.regionId(), command.organisationId(), hasher.hash(command.password().toCharArray()), true, clock.instant(), null, true));
        boolean readsCases = command.role().readsCases();
        notices.announce(saved, admin.id(), admin.username(), "create");
        return audited(admin, "user", saved.id(), "create " + command.role() + (readsCases ? " (can read cases)" : ""), view(saved));
    }

    void checkScope(Role role, UUID unitId, UUID regionId, UUID organisationId) {
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        boolean officer = role == Role.OFFICER;
        boolean partner = role == Role.PARTNER;
        if (officer != (unitId != null)) {
            problems.add(new InvalidInputException.Violation("unitId", officer ? "is required for an officer" : "is only for officers"));
        } else if (officer && (!units.existsById(unitId) || Units.PRACTICE.equals(unitId))) {
            problems.add(new InvalidInputException.Violation("unitId", "is not a known unit"));
        }
        if (partner != (organisationId != null)) {
            problems.add(new InvalidInputException.Violation("organisationId", partner ? "is required for a partner user" : "is only for partner users"));
        } else if (partner && !organisations.existsById(organisationId)) {
            problems.add(new InvalidInputException.Violation("organisationId", "is not a known organisation"));
        }
        if (regionId != null && !regions.existsById(regionId)) {
            problems.add(new InvalidInputException.Violation("regionId", "is not a known region"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static AdminViews.UserView view(UserAccountRow user) {
        return new AdminViews.UserView(user.id(), user.username(), user.role(), user.unitId(), user.regionId(), user.organisationId(), user.enabled());
    }
}
