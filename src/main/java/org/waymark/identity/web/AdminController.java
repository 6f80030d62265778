package org.waymark.identity.web;

import java.util.UUID;
import io.micronaut.http.annotation.Put;
import org.waymark.identity.security.CurrentUser;
import io.micronaut.security.authentication.Authentication;
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
    private final AccountLifecycle lifecycle;

    AdminController(Administration administration, AccountLifecycle lifecycle) {
        this.administration = administration;
        this.lifecycle = lifecycle;
    }

    @Get("/regions")
    Iterable<Region> regions() {
        return administration.regions();
    }

    @Post("/regions")
    HttpResponse<Region> createRegion(Authentication authentication, @Body @Valid AdminViews.CreateRegion command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createRegion(CurrentUser.of(authentication), command));
    }

    @Get("/units")
    Iterable<Unit> units() {
        return administration.units();
    }

    @Post("/units")
    HttpResponse<Unit> createUnit(Authentication authentication, @Body @Valid AdminViews.CreateUnit command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createUnit(CurrentUser.of(authentication), command));
    }

    @Get("/organisations")
    Iterable<Organisation> organisations() {
        return administration.organisations();
    }

    @Post("/organisations")
    HttpResponse<Organisation> createOrganisation(Authentication authentication, @Body @Valid AdminViews.CreateOrganisation command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createOrganisation(CurrentUser.of(authentication), command));
    }

    @Get("/users")
    List<AdminViews.UserView> users() {
        return administration.users();
    }

    @Post("/users")
    HttpResponse<AdminViews.UserView> createUser(Authentication authentication, @Body @Valid AdminViews.CreateUser command) {
        return HttpResponse.status(HttpStatus.CREATED).body(administration.createUser(CurrentUser.of(authentication), command));
    }

    /** Disables an account: it can no longer sign in, and its sessions end everywhere. */
    @Post("/users/{id}/disable")
    AdminViews.UserView disable(Authentication authentication, UUID id) {
        return lifecycle.disable(CurrentUser.of(authentication), id);
    }

    @Post("/users/{id}/enable")
    AdminViews.UserView enable(Authentication authentication, UUID id) {
        return lifecycle.enable(CurrentUser.of(authentication), id);
    }

    /** Changes an account's role and scope; its sessions end, so the next sign-in carries the new ones. */
    @Put("/users/{id}/assignment")
    AdminViews.UserView assign(Authentication authentication, UUID id, @Body @Valid AdminViews.Assignment assignment) {
        return lifecycle.assign(CurrentUser.of(authentication), id, assignment, administration);
    }

    @Post("/users/{id}/password")
    AdminViews.UserView resetPassword(Authentication authentication, UUID id, @Body @Valid AdminViews.NewPassword command) {
        return lifecycle.resetPassword(CurrentUser.of(authentication), id, command.password());
    }

    @Post("/users/{id}/sessions/end")
    AdminViews.UserView endSessions(Authentication authentication, UUID id) {
        return lifecycle.endAllSessions(CurrentUser.of(authentication), id);
    }
}
