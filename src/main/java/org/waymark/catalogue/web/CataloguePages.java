package org.waymark.catalogue.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.identity.Role;
import org.waymark.identity.web.Pages;

import java.util.Map;

/** The catalogue versions this instance runs with: new screenings use the latest, older screenings keep theirs. */
@Controller("/admin/catalogues")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class CataloguePages {

    private final Pages pages;
    private final CatalogueLibrary catalogues;

    CataloguePages(Pages pages, CatalogueLibrary catalogues) {
        this.pages = pages;
        this.catalogues = catalogues;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication authentication, HttpRequest<?> request) {
        return pages.model(authentication, request).with("catalogues", catalogues.all()).view("admin/catalogues");
    }
}
