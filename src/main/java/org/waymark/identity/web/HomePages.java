package org.waymark.identity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.security.ReturnPath;
import org.waymark.identity.security.SessionRenewal;
import org.waymark.identity.security.SignOut;
import org.waymark.shared.OfficerLanguages;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sign-in page (with the way back to the page where a session ended), each role's home, the language switch,
 * renewing the session, and sign-out.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class HomePages {

    private final Pages pages;
    private final SignOut signOut;
    private final SessionRenewal sessions;

    HomePages(Pages pages, SignOut signOut, SessionRenewal sessions) {
        this.pages = pages;
        this.signOut = signOut;
        this.sessions = sessions;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    ModelAndView<Map<String, Object>> signIn(HttpRequest<?> request, @Nullable @QueryValue String failed) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", request.getParameters().contains("failed"));
        model.put("wait", request.getParameters().getFirst("wait").filter(w -> w.matches("[0-9]{1,5}")).orElse(null));
        model.put("passwordChanged", request.getParameters().contains("password-changed"));
        model.put("expired", request.getParameters().contains("expired"));
        model.put("back", ReturnPath.orElse(request.getParameters().get("back"), null));
        model.put("lang", pages.language(request));
        model.put("path", "/");
        return new ModelAndView<>("sign-in", model);
    }

    /** Why the own-password form came back (the {@code problem} the form's handler names), and the field it is about. */
    private static final Map<String, String> PASSWORD_PROBLEMS = Map.of("repeat", "repeatPassword", "missing", "username",
            "failed", "currentPassword", "too_short", "newPassword", "too_long", "newPassword", "control_character", "newPassword",
            "same_as_current", "newPassword", "contains_user_name", "newPassword");

    /** Choosing one's own password (first sign-in after an administrator set one, or any time): posts to the API. */
    @Get(uri = "/password", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    ModelAndView<Map<String, Object>> password(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("first", request.getParameters().contains("first"));
        List<Pages.FieldError> errors = request.getParameters().getFirst("problem").filter(PASSWORD_PROBLEMS::containsKey)
                .map(p -> List.of(new Pages.FieldError(PASSWORD_PROBLEMS.get(p), "password.problem." + p, null))).orElse(List.of());
        model.put("fieldErrors", errors);
        model.put("fieldError", Pages.FieldError.byField(errors));
        model.put("wait", request.getParameters().getFirst("wait").filter(w -> w.matches("[0-9]{1,5}")).orElse(null));
        model.put("lang", pages.language(request));
        model.put("path", "/password");
        return new ModelAndView<>("password", model);
    }

    @Get("/home")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<?> home(Authentication authentication) {
        Role role = CurrentUser.of(authentication).role();
        return Pages.seeOther(switch (role) {
            case OFFICER -> "/officer";
            case PARTNER -> "/partner";
            case SUPERVISOR -> "/supervisor";
            case ADMIN -> "/admin";
            case TRAINER -> "/trainer";
            case TRAINEE -> "/practice";
            default -> "/account";
        });
    }

    /** Who is signed in, for roles without pages of their own (auditor): they use the API. */
    @Get(uri = "/account", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ModelAndView<Map<String, Object>> account(Authentication authentication, HttpRequest<?> request) {
        return pages.model(authentication, request).view("account");
    }

    /** Where a page the user's role may not open sends them (the API answers 403 instead). */
    @Get(uri = "/forbidden", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> forbidden(Authentication authentication, HttpRequest<?> request) {
        return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN).body(pages.model(authentication, request).view("forbidden"));
    }

    /** Switches the interface language (Polish or English) and returns to the page it came from. */
    @Get("/language")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> language(@QueryValue String lang, @Nullable @QueryValue String back) {
        String chosen = OfficerLanguages.of(lang);
        String target = ReturnPath.orElse(back, "/");
        return Pages.seeOther(target).cookie(Cookie.of("waymark_lang", chosen).path("/").sameSite(SameSite.Strict)
                .secure(true).httpOnly(true).maxAge(Duration.ofDays(365)));
    }

    /**
     * Renews the page session now (204; it then lasts a whole lifetime unused): the warning's "continue" button, and
     * the page script while the officer works on a page without sending anything (typing a note). Never on a timer.
     */
    @Post(uri = "/session/renew", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<?> renewSession(Authentication authentication, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        MutableHttpResponse<?> response = HttpResponse.noContent();
        sessions.renewNow(authentication, response);
        return response;
    }

    @Post(uri = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<?> signOut(Authentication authentication, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        return signOut.end(authentication, Pages.seeOther("/"));
    }
}
