package org.waymark.identity.security;

import jakarta.inject.Singleton;
import org.waymark.identity.persistence.FailedSignInRows;
import org.waymark.platform.config.SecretSetting;
import org.waymark.platform.config.Secrets;
import org.waymark.shared.Sha256;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Slows sign-in down after repeated failures instead of refusing the right password: beyond a free allowance per
 * account and per client address, each further failure doubles the wait before the next attempt is tried (from
 * {@code base-delay} up to {@code max-delay}). An attempt that comes too early is not tried at all (no password hash
 * is computed) and is told how long to wait; once it has waited, the right password signs in. Counted in the database,
 * so every instance sees the same numbers; accounts are recorded as a hash, not a name, and client addresses as an HMAC
 * under the token key (an address in clear is personal data). Failures older than the window are pruned as new ones come.
 */
@Singleton
class SignInThrottle {

    private final FailedSignInRows failures;
    private final Clock clock;
    private final SecretKeySpec addressKey;
    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration window;
    private final Duration baseDelay;
    private final Duration maxDelay;

    SignInThrottle(FailedSignInRows failures, Clock clock, Secrets secrets,
                   SignInSettings settings) {
        this.failures = failures;
        this.clock = clock;
        this.addressKey = new SecretKeySpec(secrets.get(SecretSetting.TOKEN_KEY).reveal(), "HmacSHA256");
        this.freePerAccount = settings.freeFailuresPerAccount();
        this.freePerAddress = settings.freeFailuresPerAddress();
        this.window = settings.window();
        this.baseDelay = settings.baseDelay();
        this.maxDelay = settings.maxDelay();
    }

    /** How long this attempt must still wait, if at all. */
    Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(account(username), freePerAccount, now);
        Duration client = wait(addressKey(address), freePerAddress, now);
        Duration longest = account.compareTo(client) >= 0 ? account : client;
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    private Duration wait(String subject, int free, Instant now) {
        Instant since = now.minus(window);
        long count = failures.countSince(subject, since);
        if (count < free) {
            return Duration.ZERO;
        }
        Instant last = failures.lastSince(subject, since).orElse(now);
        return Duration.between(now, last.plus(delay(count - free))).isNegative() ? Duration.ZERO : Duration.between(now, last.plus(delay(count - free)));
    }

    /** The wait after the {@code beyond}-th failure past the allowance (0-based): base, 2 × base, 4 × base, … up to max. */
    Duration delay(long beyond) {
        long factor = 1L << Math.min(beyond, 20);
        Duration delay = baseDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        failures.pruneBefore(now.minus(window));
        failures.record(account(username), now);
        failures.record(addressKey(address), now);
    }

    void succeeded(String username) {
        failures.clear(account(username));
    }

    private static String account(String username) {
        return "account:" + Sha256.hex(username);
    }

    private String addressKey(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return "address:" + HexFormat.of().formatHex(mac.doFinal(("sign-in-address:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
