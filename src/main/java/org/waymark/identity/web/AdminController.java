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
import org.waymark.identity.Region;
import org.waymark.identity.Role;
import org.waymark.identity.Unit;

import java.util.List;

/** Users, units, regions and partner organisations. Administrators only. */
@Controller("/api/v1/admin")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
class AdminController {

    private final Administration administration;

    AdminController(Administration administration) {
        this.administration = administration;
    }

    @Get("/regions")
    Iterable<Region> regions() {
        return administration.regions();
    }

    @Post("/regions")
    HttpResponse<Region> createRegion(@Body @Valid AdminViews.CreateRegion command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createRegion(command));
    }

    @Get("/units")
    Iterable<Unit> units() {
        return administration.units();
    }

    @Post("/units")
    HttpResponse<Unit> createUnit(@Body @Valid AdminViews.CreateUnit command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createUnit(command));
    }

    @Get("/organisations")
    Iterable<Organisation> organisations() {
        return administration.organisations();
    }

    @Post("/organisations")
    HttpResponse<Organisation> createOrganisation(@Body @Valid AdminViews.CreateOrganisation command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createOrganisation(command));
    }

    @Get("/users")
    List<AdminViews.UserView> users() {
        return administration.users();
    }

    @Post("/users")
    HttpResponse<AdminViews.UserView> createUser(@Body @Valid AdminViews.CreateUser command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createUser(command));
    }
}
