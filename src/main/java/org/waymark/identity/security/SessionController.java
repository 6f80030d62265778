package org.waymark.identity.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;


/** Who am I, and sign-out (the token id is revoked until the token would have expired). */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sign-in")
class SessionController {

    private final SignOut signOut;

    SessionController(SignOut signOut) {
        this.signOut = signOut;
    }

    @Serdeable
    record Me(String username, String role, String unitId, String regionId, String organisationId) {
    }

    @Get("/me")
    Me me(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return new Me(user.username(), user.role().name(), str(user.unitId()), str(user.regionId()), str(user.organisationId()));
    }

    /** Revokes the token (bearer or cookie alike) and clears the session cookie. */
    @Post("/sign-out")
    HttpResponse<Void> signOut(Authentication authentication) {
        return signOut.end(authentication, HttpResponse.noContent());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
