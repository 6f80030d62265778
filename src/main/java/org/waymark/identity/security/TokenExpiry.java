package org.waymark.identity.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Date;

/**
 * Refuses a token whose expiry time has passed by the service's clock (Micronaut's own check reads the system time),
 * the clock its times were stamped with ({@link TokenTimes}).
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
@Requires(property = "micronaut.security.token.jwt.claims-validators.expiration", notEquals = StringUtils.FALSE)
class TokenExpiry<T> extends ExpirationJwtClaimsValidator<T> {

    private final Clock clock;

    TokenExpiry(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean validate(JWTClaimsSet claims) {
        Date expires = claims.getExpirationTime();
        return expires == null || !expires.toInstant().isBefore(clock.instant());
    }
}
