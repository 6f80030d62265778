package org.waymark.crypto;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.waymark.platform.config.SecretSetting;
import org.waymark.platform.config.Secrets;

import java.security.SecureRandom;

/** The crypto objects the rest of Waymark gets injected. */
@Factory
class CryptoFactory {

    @Singleton
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Singleton
    PersonalDataCipher personalDataCipher(Secrets secrets, SecureRandom random) {
        return new PersonalDataCipher(secrets.get(SecretSetting.MASTER_KEY), random);
    }

    @Singleton
    PasswordHasher passwordHasher(SecureRandom random) {
        return new PasswordHasher(PasswordHasher.Cost.MINIMUM, random);
    }
}
