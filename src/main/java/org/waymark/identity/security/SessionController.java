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

import java.time.Clock;
import java.time.Instant;

/** Who am I, and sign-out (the token id is revoked until the token would have expired). */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sign-in")
class SessionController {

    private final RevocationList revoked;
    private final Clock clock;
    private final String cookieName;

    SessionController(RevocationList revoked, Clock clock,
                      @io.micronaut.context.annotation.Value("${micronaut.security.token.cookie.cookie-name:waymark_session}") String cookieName) {
        this.revoked = revoked;
        this.clock = clock;
        this.cookieName = cookieName;
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
        CurrentUser user = CurrentUser.of(authentication);
        Object exp = authentication.getAttributes().get("exp");
        Instant expiresAt = exp instanceof Number n ? Instant.ofEpochSecond(n.longValue())
                : exp instanceof java.util.Date d ? d.toInstant() : clock.instant().plusSeconds(3600);
        revoked.revoke(user.tokenId(), expiresAt);
        return HttpResponse.<Void>noContent().cookie(io.micronaut.http.cookie.Cookie.of(cookieName, "").httpOnly(true).secure(true)
                .sameSite(io.micronaut.http.cookie.SameSite.Strict).path("/").maxAge(0));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
