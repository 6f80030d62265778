package org.waymark.identity.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.waymark.identity.Organisation;
import org.waymark.identity.Organisations;
import org.waymark.identity.Region;
import org.waymark.identity.Regions;
import org.waymark.identity.Role;
import org.waymark.identity.Unit;
import org.waymark.identity.UserAccount;
import org.waymark.identity.Units;
import org.waymark.identity.UserAccounts;
import org.waymark.crypto.PasswordHasher;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Users, units, regions and partner organisations. Administrators only. */
@Controller("/api/v1/admin")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
class AdminController {

    private final Regions regions;
    private final Units units;
    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final Clock clock;

    AdminController(Regions regions, Units units, Organisations organisations, UserAccounts users, PasswordHasher hasher, Clock clock) {
        this.regions = regions;
        this.units = units;
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Get("/regions")
    Iterable<Region> regions() {
        return regions.findAll();
    }

    @Post("/regions")
    HttpResponse<Region> createRegion(@Body @Valid AdminViews.CreateRegion command) {
        if (regions.findByCode(command.code()).isPresent()) {
            throw new ConflictException("region.code-taken", "A region with this code exists.");
        }
        return HttpResponse.status(HttpStatus.CREATED).body(regions.save(new Region(UUID.randomUUID(), command.code(), command.name())));
    }

    @Get("/units")
    Iterable<Unit> units() {
        return units.findAll();
    }

    @Post("/units")
    HttpResponse<Unit> createUnit(@Body @Valid AdminViews.CreateUnit command) {
        if (!regions.existsById(command.regionId())) {
            throw InvalidInputException.of("regionId", "is not a known region");
        }
        if (units.findByCode(command.code()).isPresent()) {
            throw new ConflictException("unit.code-taken", "A unit with this code exists.");
        }
        return HttpResponse.status(HttpStatus.CREATED)
                .body(units.save(new Unit(UUID.randomUUID(), command.code(), command.name(), command.regionId(), command.placeType())));
    }

    @Get("/organisations")
    Iterable<Organisation> organisations() {
        return organisations.findAll();
    }

    @Post("/organisations")
    HttpResponse<Organisation> createOrganisation(@Body @Valid AdminViews.CreateOrganisation command) {
        if (organisations.findByCode(command.code()).isPresent()) {
            throw new ConflictException("organisation.code-taken", "An organisation with this code exists.");
        }
        return HttpResponse.status(HttpStatus.CREATED)
                .body(organisations.save(new Organisation(UUID.randomUUID(), command.code(), command.name(), command.type())));
    }

    @Get("/users")
    List<AdminViews.UserView> users() {
        return users.findAllOrderByUsername().stream().map(AdminController::view).toList();
    }

    @Post("/users")
    HttpResponse<AdminViews.UserView> createUser(@Body @Valid AdminViews.CreateUser command) {
        checkScope(command);
        if (users.findByUsername(command.username()).isPresent()) {
            throw new ConflictException("user.username-taken", "A user with this name exists.");
        }
        UserAccount saved = users.save(new UserAccount(UUID.randomUUID(), command.username(), command.role(), command.unitId(),
                command.regionId(), command.organisationId(), hasher.hash(command.password().toCharArray()), true, clock.instant()));
        return HttpResponse.status(HttpStatus.CREATED).body(view(saved));
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
