package org.waymark.identity.security;

import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;

import java.time.Duration;

/**
 * A sign-in not tried now: too many recent failures for the account or the address, or too many sign-ins hashing
 * passwords at once. The right password works again after {@code retryAfter}; the answer says so (HTTP 429).
 */
class SignInSlowedDown extends AuthenticationFailed {

    private final Duration retryAfter;
    private final boolean busy;

    SignInSlowedDown(Duration retryAfter, boolean busy) {
        super(AuthenticationFailureReason.ACCOUNT_LOCKED);
        this.retryAfter = retryAfter;
        this.busy = busy;
    }

    /** Whole seconds to wait, at least 1. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    boolean busy() {
        return busy;
    }
}
