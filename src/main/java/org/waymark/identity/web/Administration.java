package org.waymark.identity.web;

import jakarta.inject.Singleton;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.Organisation;
import org.waymark.identity.Organisations;
import org.waymark.identity.Region;
import org.waymark.identity.Regions;
import org.waymark.identity.Role;
import org.waymark.identity.Unit;
import org.waymark.identity.Units;
import org.waymark.identity.UserAccount;
import org.waymark.identity.UserAccounts;
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
    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final Clock clock;

    Administration(Regions regions, Units units, Organisations organisations, UserAccounts users, PasswordHasher hasher, Clock clock) {
        this.regions = regions;
        this.units = units;
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    Iterable<Region> regions() {
        return regions.findAll();
    }

    Region createRegion(AdminViews.CreateRegion command) {
        if (regions.findByCode(command.code()).isPresent()) {
            throw new ConflictException("region.code-taken", "A region with this code exists.");
        }
        return regions.save(new Region(UUID.randomUUID(), command.code(), command.name()));
    }

    Iterable<Unit> units() {
        return units.findAll();
    }

    Unit createUnit(AdminViews.CreateUnit command) {
        if (!regions.existsById(command.regionId())) {
            throw InvalidInputException.of("regionId", "is not a known region");
        }
        if (units.findByCode(command.code()).isPresent()) {
            throw new ConflictException("unit.code-taken", "A unit with this code exists.");
        }
        return units.save(new Unit(UUID.randomUUID(), command.code(), command.name(), command.regionId(), command.placeType()));
    }

    Iterable<Organisation> organisations() {
        return organisations.findAll();
    }

    Organisation createOrganisation(AdminViews.CreateOrganisation command) {
        if (organisations.findByCode(command.code()).isPresent()) {
            throw new ConflictException("organisation.code-taken", "An organisation with this code exists.");
        }
        return organisations.save(new Organisation(UUID.randomUUID(), command.code(), command.name(), command.type()));
    }

    List<AdminViews.UserView> users() {
        return users.findAllOrderByUsername().stream().map(Administration::view).toList();
    }

    AdminViews.UserView createUser(AdminViews.CreateUser command) {
        checkScope(command);
        if (users.findByUsername(command.username()).isPresent()) {
            throw new ConflictException("user.username-taken", "A user with this name exists.");
        }
        UserAccount saved = users.save(new UserAccount(UUID.randomUUID(), command.username(), command.role(), command.unitId(),
                command.regionId(), command.organisationId(), hasher.hash(command.password().toCharArray()), true, clock.instant()));
        return view(saved);
    }

    private void checkScope(AdminViews.CreateUser command) {
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        boolean officer = command.role() == Role.OFFICER;
        boolean partner = command.role() == Role.PARTNER;
        if (officer != (command.unitId() != null)) {
            problems.add(new InvalidInputException.Violation("unitId", officer ? "is required for an officer" : "is only for officers"));
        } else if (officer && !units.existsById(command.unitId())) {
            problems.add(new InvalidInputException.Violation("unitId", "is not a known unit"));
        }
        if (partner != (command.organisationId() != null)) {
            problems.add(new InvalidInputException.Violation("organisationId", partner ? "is required for a partner user" : "is only for partner users"));
        } else if (partner && !organisations.existsById(command.organisationId())) {
            problems.add(new InvalidInputException.Violation("organisationId", "is not a known organisation"));
        }
        if (command.regionId() != null && !regions.existsById(command.regionId())) {
            problems.add(new InvalidInputException.Violation("regionId", "is not a known region"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static AdminViews.UserView view(UserAccount user) {
        return new AdminViews.UserView(user.id(), user.username(), user.role(), user.unitId(), user.regionId(), user.organisationId(), user.enabled());
    }
}
