package org.waymark.crypto;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.security.SecureRandom;

/** The crypto objects the rest of Waymark gets injected. */
@Factory
class CryptoFactory {

    @Singleton
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Singleton
    PasswordHasher passwordHasher(SecureRandom random) {
        return new PasswordHasher(PasswordHasher.Cost.MINIMUM, random);
    }
}
