package org.waymark.identity.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one place a typed password is checked against an account (sign-in and choosing one's own password). The
 * throttle is asked first; argon2id takes 19 MiB and most of a core per check, so at most
 * {@code waymark.security.sign-in.max-concurrent-hashes} run at once and a burst waits briefly, then is told to retry.
 * An unknown user takes as long as a known one (a decoy hash is checked); every mismatch counts towards the throttle.
 * The typed password is wiped from memory after the check.
 */
@Singleton
class PasswordChecks {

    /** What a check found. */
    sealed interface Outcome {
        /** The password is the account's and the account is enabled. */
        record Matched(UserAccountRow account) implements Outcome { }

        /** Unknown user, wrong password or disabled account: the one asking is never told which ({@code known}: for the audit trail). */
        record NoMatch(@Nullable UserAccountRow known) implements Outcome { }

        /** Not checked: wait this long ({@code busy}: too many checks at once, not failures). */
        record Deferred(Duration retryAfter, boolean busy) implements Outcome { }
    }

    private final UserAccountRows users;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final Semaphore hashing;
    private final String decoyHash;

    PasswordChecks(UserAccountRows users, PasswordHasher hasher, SignInThrottle throttle,
                   SignInSettings settings) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.hashing = new Semaphore(settings.maxConcurrentHashes(), true);
        this.decoyHash = hasher.hash("not-a-password".toCharArray());
    }

    /** The user name as accounts store it. */
    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    Outcome check(String username, char[] password, String address) {
        try {
            Optional<Duration> wait = throttle.waitBefore(username, address);
            if (wait.isPresent()) {
                return new Outcome.Deferred(wait.get(), false);
            }
            Optional<UserAccountRow> user = users.findByUsername(username);
            try {
                if (!hashing.tryAcquire(2, TimeUnit.SECONDS)) {
                    return new Outcome.Deferred(Duration.ofSeconds(1), true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome.Deferred(Duration.ofSeconds(1), true);
            }
            boolean matches;
            try {
                matches = hasher.verify(password, user.map(UserAccountRow::passwordHash).orElse(decoyHash));
            } finally {
                hashing.release();
            }
            if (user.isEmpty() || !matches || !user.get().enabled()) {
                throttle.failed(username, address);
                return new Outcome.NoMatch(user.orElse(null));
            }
            throttle.succeeded(username);
            return new Outcome.Matched(user.get());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
