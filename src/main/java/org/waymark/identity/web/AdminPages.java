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
        return submit(authentication, request, "region", form,
                () -> administration.createRegion(CurrentUser.of(authentication), pages.read(form, AdminViews.CreateRegion.class)));
    }

    @Post(uri = "/units", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object createUnit(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        return submit(authentication, request, "unit", form,
                () -> administration.createUnit(CurrentUser.of(authentication), pages.read(form, AdminViews.CreateUnit.class)));
    }

    @Post(uri = "/organisations", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object createOrganisation(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        return submit(authentication, request, "organisation", form,
                () -> administration.createOrganisation(CurrentUser.of(authentication), pages.read(form, AdminViews.CreateOrganisation.class)));
    }

    @Post(uri = "/users", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object createUser(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        return submit(authentication, request, "user", form,
                () -> administration.createUser(CurrentUser.of(authentication), pages.read(form, AdminViews.CreateUser.class)));
    }

    /** The input ids of each form's fields (the error summary links to them); the first is where a refusal without a field points. */
    private static final Map<String, Map<String, String>> FIELD_IDS = Map.of(
            "user", Map.of("username", "username", "role", "role", "unitId", "unitId", "regionId", "regionId",
                    "organisationId", "organisationId", "password", "password"),
            "unit", Map.of("code", "unit-code", "name", "unit-name", "regionId", "unit-region", "placeType", "unit-place"),
            "region", Map.of("code", "region-code", "name", "region-name"),
            "organisation", Map.of("code", "org-code", "name", "org-name", "type", "org-type"));

    private Object submit(Authentication authentication, HttpRequest<?> request, String kind, Map<String, Object> form, Supplier<?> action) {
        pages.checkForm(authentication, form);
        String first = "user".equals(kind) ? "username" : FIELD_IDS.get(kind).get("code");
        try {
            action.get();
            return Pages.seeOther("/admin?created=" + kind + "#" + kind + "s");
        } catch (InvalidInputException e) {
            return page(authentication, request, kind, form, pages.fieldErrors(e, kind, FIELD_IDS.get(kind), first));
        } catch (ConflictException e) {
            return page(authentication, request, kind, form, List.of(new Pages.FieldError(first, "form.error." + kind + ".taken", null)));
        }
    }

    private ModelAndView<Map<String, Object>> page(Authentication authentication, HttpRequest<?> request, String failed,
                                                   Map<String, Object> form, List<Pages.FieldError> errors) {
        Map<String, Object> values = new java.util.HashMap<>();
        form.keySet().forEach(field -> values.put(field, Pages.first(form, field)));
        values.remove("password");
        values.remove("_csrf");
        Map<java.util.UUID, String> codes = new java.util.HashMap<>();
        administration.regions().forEach(r -> codes.put(r.id(), r.code()));
        administration.units().forEach(u -> codes.put(u.id(), u.code()));
        administration.organisations().forEach(o -> codes.put(o.id(), o.code()));
        return pages.withFieldErrors(pages.model(authentication, request), errors)
                .with("codes", codes)
                .with("regions", administration.regions()).with("units", administration.units())
                .with("organisations", administration.organisations()).with("users", administration.users())
                .with("placeTypes", PlaceType.values()).with("organisationTypes", OrganisationType.values()).with("roles", Role.values())
                .with("created", request.getParameters().get("created"))
                .with("failed", failed).with("form", values)
                .view("admin/index");
    }
}
