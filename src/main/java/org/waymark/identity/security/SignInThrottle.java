package org.waymark.identity.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.waymark.shared.Sha256;

import java.time.Clock;
import java.time.Duration;

/**
 * Refuses sign-in after too many recent failures for the account or from the address, counted in the
 * database so every instance sees the same numbers. Accounts are recorded as a hash, not a name.
 */
@Singleton
class SignInThrottle {

    private final FailedSignIns failures;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(FailedSignIns failures, Clock clock,
                   @Value("${waymark.security.sign-in.max-failures-per-account}") int perAccount,
                   @Value("${waymark.security.sign-in.max-failures-per-address}") int perAddress,
                   @Value("${waymark.security.sign-in.window}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    boolean isBlocked(String username, String address) {
        var since = clock.instant().minus(window);
        return failures.countSince(account(username), since) >= perAccount || failures.countSince(addressKey(address), since) >= perAddress;
    }

    void failed(String username, String address) {
        var now = clock.instant();
        failures.record(account(username), now);
        failures.record(addressKey(address), now);
    }

    void succeeded(String username) {
        failures.clear(account(username));
    }

    private static String account(String username) {
        return "account:" + Sha256.hex(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
