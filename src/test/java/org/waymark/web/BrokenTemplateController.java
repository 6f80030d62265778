package org.waymark.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.waymark.identity.web.Pages;

import java.util.Map;

/** A test-only page whose template fails while it is rendered, with personal data in the failure's message. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/test/broken-page")
@Requires(property = "broken-page.enabled", value = "true")
class BrokenTemplateController {

    /** What the broken model value says when the template asks it: personal data that must not leak. */
    static final String PERSONAL = "Mariia Kovalenko, passport FX1234567";

    private final Pages pages;

    BrokenTemplateController(Pages pages) {
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication, HttpRequest<?> request) {
        return pages.model(authentication, request).with("broken", new Broken()).view("testing/broken");
    }

    /** A model value whose only property throws. */
    public static final class Broken {
        public String getName() {
            throw new IllegalStateException(PERSONAL);
        }
    }
}
