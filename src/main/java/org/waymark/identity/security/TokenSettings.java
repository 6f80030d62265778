package org.waymark.identity.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.waymark.platform.config.SecretSetting;
import org.waymark.platform.config.Secrets;

import java.util.List;
import java.util.UUID;

/**
 * How API tokens are signed and stamped: HS256 with the token key from {@link Secrets} (never from a
 * file in the repository), a random id per token so it can be revoked, and Waymark's audience, which
 * every incoming token must carry.
 */
@Factory
class TokenSettings {

    /** Signs new tokens and is the only signature incoming tokens are verified against (HS256 only). */
    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(Secrets secrets) {
        return new TokenSignature(secrets.get(SecretSetting.TOKEN_KEY));
    }

    @Singleton
    JtiGenerator tokenIds() {
        return () -> UUID.randomUUID().toString();
    }

    @Singleton
    ClaimsAudienceProvider audience(SecuritySettings settings) {
        return () -> List.of(settings.tokenAudience());
    }
}
