package org.waymark.identity.web;

import org.waymark.identity.security.CurrentUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.waymark.identity.OrganisationType;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Role;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The administrator's page for regions, units, organisations and users. One form per kind of thing; a refused
 * form is shown again with its fields and the reasons, and nothing is created.
 */
@Controller("/admin")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminPages {

    private final Pages pages;
    private final Administration administration;

    AdminPages(Pages pages, Administration administration) {
        this.pages = pages;
        this.administration = administration;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> index(Authentication authentication, HttpRequest<?> request) {
        return page(authentication, request, "", Map.of(), List.of());
    }

    @Post(uri = "/regions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object createRegion(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        return submit(authentication, request, "region", form, () -> administration.createRegion(CurrentUser.of(authentication), 
                pages.valid(new AdminViews.CreateRegion(Pages.first(form, "code"), Pages.first(form, "name")))));
    }

    @Post(uri = "/units", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object createUnit(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        return submit(authentication, request, "unit", form, () -> administration.createUnit(CurrentUser.of(authentication), pages.valid(new AdminViews.CreateUnit(
                Pages.first(form, "code"), Pages.first(form, "name"), Pages.uuid(form, "regionId"),
                Pages.choice(form, "placeType", PlaceType.class)))));
    }

    @Post(uri = "/organisations", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object createOrganisation(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        return submit(authentication, request, "organisation", form, () -> administration.createOrganisation(CurrentUser.of(authentication), pages.valid(
                new AdminViews.CreateOrganisation(Pages.first(form, "code"), Pages.first(form, "name"),
                        Pages.choice(form, "type", OrganisationType.class)))));
    }

    @Post(uri = "/users", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object createUser(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        return submit(authentication, request, "user", form, () -> administration.createUser(CurrentUser.of(authentication), pages.valid(new AdminViews.CreateUser(
                Pages.first(form, "username"), Pages.choice(form, "role", Role.class), optionalUuid(form, "unitId"),
                optionalUuid(form, "regionId"), optionalUuid(form, "organisationId"), Pages.first(form, "password")))));
    }

    private Object submit(Authentication authentication, HttpRequest<?> request, String kind, Map<String, Object> form, Supplier<?> action) {
        pages.checkForm(authentication, form);
        try {
            action.get();
            return Pages.seeOther("/admin?created=" + kind + "#" + kind + "s");
        } catch (InvalidInputException e) {
            return page(authentication, request, kind, form, e.violations());
        } catch (ConflictException e) {
            return page(authentication, request, kind, form, List.of(new InvalidInputException.Violation("code", e.getMessage())));
        }
    }

    private ModelAndView<Map<String, Object>> page(Authentication authentication, HttpRequest<?> request, String failed,
                                                   Map<String, Object> form, List<InvalidInputException.Violation> errors) {
        Map<String, Object> values = new java.util.HashMap<>(form);
        values.remove("password");
        values.remove("_csrf");
        Map<java.util.UUID, String> codes = new java.util.HashMap<>();
        administration.regions().forEach(r -> codes.put(r.id(), r.code()));
        administration.units().forEach(u -> codes.put(u.id(), u.code()));
        administration.organisations().forEach(o -> codes.put(o.id(), o.code()));
        return pages.model(authentication, request)
                .with("codes", codes)
                .with("regions", administration.regions()).with("units", administration.units())
                .with("organisations", administration.organisations()).with("users", administration.users())
                .with("placeTypes", PlaceType.values()).with("organisationTypes", OrganisationType.values()).with("roles", Role.values())
                .with("created", request.getParameters().get("created"))
                .with("failed", failed).with("form", values).with("errors", errors)
                .view("admin/index");
    }

    private static java.util.UUID optionalUuid(Map<String, Object> form, String field) {
        return Pages.first(form, field) == null ? null : Pages.uuid(form, field);
    }
}
