package org.waymark.identity.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Date;

/**
 * Stamps a token's issue, not-before and expiry times from the service's clock (Micronaut's own generator reads the
 * system time), so a session's age and end follow the same clock as its renewal and its expiry check
 * ({@link TokenExpiry}).
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class TokenTimes extends JWTClaimsSetGenerator {

    private final Clock clock;

    TokenTimes(TokenConfiguration tokens, @Nullable JtiGenerator ids, @Nullable ClaimsAudienceProvider audience,
               @Nullable ApplicationConfiguration application, Clock clock) {
        super(tokens, ids, audience, application);
        this.clock = clock;
    }

    @Override
    protected void populateExp(JWTClaimsSet.Builder builder, Integer expiration) {
        if (expiration != null) {
            builder.expirationTime(Date.from(clock.instant().plusSeconds(expiration)));
        }
    }

    @Override
    protected void populateNbf(JWTClaimsSet.Builder builder) {
        builder.notBeforeTime(Date.from(clock.instant()));
    }

    @Override
    protected void populateIat(JWTClaimsSet.Builder builder) {
        builder.issueTime(Date.from(clock.instant()));
    }
}
