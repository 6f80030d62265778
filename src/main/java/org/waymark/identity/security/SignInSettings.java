package org.waymark.identity.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Duration;

/**
 * {@code waymark.security.sign-in}: failures allowed per account and per address within the window before sign-in
 * slows down (base delay doubling up to the maximum), and how many password checks run at once.
 */
@Context
@ConfigurationProperties("waymark.security.sign-in")
record SignInSettings(@PositiveOrZero(message = "waymark.security.sign-in.free-failures-per-account must not be negative") int freeFailuresPerAccount,
                      @PositiveOrZero(message = "waymark.security.sign-in.free-failures-per-address must not be negative") int freeFailuresPerAddress,
                      @NotNull(message = "waymark.security.sign-in.window must be set") Duration window,
                      @NotNull(message = "waymark.security.sign-in.base-delay must be set") Duration baseDelay,
                      @NotNull(message = "waymark.security.sign-in.max-delay must be set") Duration maxDelay,
                      @Positive(message = "waymark.security.sign-in.max-concurrent-hashes must be greater than 0") int maxConcurrentHashes) {
}
