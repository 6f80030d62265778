package org.waymark.identity.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/** {@code waymark.security}: the audience of the API tokens and the reverse proxies whose {@code X-Forwarded-For} is believed. */
@Context
@ConfigurationProperties("waymark.security")
record SecuritySettings(@NotBlank(message = "waymark.security.token-audience must be set") String tokenAudience,
                        @Nullable List<String> trustedProxies) {

    SecuritySettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
