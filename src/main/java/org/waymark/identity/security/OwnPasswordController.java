package org.waymark.identity.security;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.identity.web.FormRecords;
import org.waymark.shared.InvalidInputException;

import java.net.URI;
import java.util.Map;

/**
 * Choosing one's own password, without a session: the first step after an administrator created the account or
 * reset its password (sign-in with that password answers 403 {@code sign-in.choose-password}), and any time after.
 * The API takes JSON and answers 204; the page ({@code /password}) posts a form and is sent back to sign in, or to the
 * form with what went wrong. A wrong current password gets the same answer as a failed sign-in.
 */
@Controller("/api/v1/auth/password")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Sign-in")
class OwnPasswordController {

    private final OwnPassword ownPassword;
    private final ClientAddress clientAddress;

    OwnPasswordController(OwnPassword ownPassword, ClientAddress clientAddress) {
        this.ownPassword = ownPassword;
        this.clientAddress = clientAddress;
    }

    /** The current password (temporary or own) and the one chosen to replace it. */
    @Serdeable
    record ChoosePassword(@Nullable String username, @Nullable String currentPassword, @Nullable String newPassword) {
    }

    /** The page's form: {@link ChoosePassword} and the new password typed again; a blank field is absent. */
    @Introspected
    record PasswordForm(@Nullable String username, @Nullable String currentPassword, @Nullable String newPassword,
                        @Nullable String repeatPassword) {
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> choose(HttpRequest<?> request, @Body ChoosePassword body) {
        require(body.username(), "username");
        require(body.currentPassword(), "currentPassword");
        PasswordChecks.Outcome outcome = ownPassword.choose(body.username(), body.currentPassword(), body.newPassword(),
                clientAddress.of(request));
        if (outcome instanceof PasswordChecks.Outcome.Deferred deferred) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(deferred.retryAfter().toSeconds()))
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body(Map.of("type", "urn:waymark:problem:sign-in.slowed-down", "title", "Too Many Requests", "status", 429,
                            "detail", "Wait " + deferred.retryAfter().toSeconds() + " s, then try again.",
                            "retryAfterSeconds", deferred.retryAfter().toSeconds()));
        }
        if (outcome instanceof PasswordChecks.Outcome.NoMatch) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body(Map.of("type", "urn:waymark:problem:unauthorized", "title", "Unauthorized", "status", 401,
                            "detail", "Wrong user name or password."));
        }
        return HttpResponse.noContent();
    }

    /** The page's form: back to sign-in with the news, or back to the form with the reason. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> chooseFromPage(HttpRequest<?> request, @Body Map<String, Object> form) {
        PasswordForm typed = FormRecords.read(form, PasswordForm.class).record();
        String chosen = typed.newPassword();
        if (!java.util.Objects.equals(chosen, typed.repeatPassword())) {
            return seeOther("/password?problem=repeat");
        }
        String username = typed.username();
        String current = typed.currentPassword();
        if (username == null || current == null) {
            return seeOther("/password?problem=missing");
        }
        return OwnPassword.refusal(username, current, chosen)
                .<MutableHttpResponse<?>>map(refusal -> seeOther("/password?problem=" + refusal.name().toLowerCase(java.util.Locale.ROOT)))
                .orElseGet(() -> {
                    PasswordChecks.Outcome outcome = ownPassword.choose(username, current, chosen, clientAddress.of(request));
                    if (outcome instanceof PasswordChecks.Outcome.Deferred deferred) {
                        return seeOther("/password?wait=" + deferred.retryAfter().toSeconds());
                    }
                    return outcome instanceof PasswordChecks.Outcome.Matched ? seeOther("/?password-changed") : seeOther("/password?problem=failed");
                });
    }

    private static void require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
    }

    private static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(path)));
    }
}
