package org.waymark.identity.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.UserAccount;
import org.waymark.identity.UserAccounts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a user name and password. Unknown users take as long as known ones (a decoy hash is checked),
 * every failure counts towards the throttle, and nothing about the attempt but the user id is logged.
 */
@Singleton
class SignInProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(SignInProvider.class);
    /** The sign-in's moment in milliseconds (token claim): which sessions an administrator's cut-off ended. */
    static final String SIGNED_IN_AT = "sat";

    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final SignInRecorder recorder;
    private final ClientAddress clientAddress;
    private final java.util.concurrent.Semaphore hashing;
    private final String decoyHash;
    private final java.time.Clock clock;

    SignInProvider(UserAccounts users, PasswordHasher hasher, SignInThrottle throttle, SignInRecorder recorder, ClientAddress clientAddress,
                   @io.micronaut.context.annotation.Value("${waymark.security.sign-in.max-concurrent-hashes}") int maxConcurrentHashes,
                   java.time.Clock clock) {
        this.clock = clock;
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.recorder = recorder;
        this.clientAddress = clientAddress;
        this.hashing = new java.util.concurrent.Semaphore(maxConcurrentHashes, true);
        this.decoyHash = hasher.hash("not-a-password".toCharArray());
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> attempt) {
        String username = attempt.getIdentity() == null ? "" : attempt.getIdentity().trim().toLowerCase(Locale.ROOT);
        String address = request == null ? "unknown" : clientAddress.of(request);
        Optional<java.time.Duration> wait = throttle.waitBefore(username, address);
        if (wait.isPresent()) {
            LOG.warn("Sign-in slowed down: recent failures for the account or the address");
            return new SignInSlowedDown(wait.get(), false);
        }
        char[] password = attempt.getSecret() == null ? new char[0] : attempt.getSecret().toCharArray();
        Optional<UserAccount> user = users.findByUsername(username);
        boolean matches;
        try {
            // argon2id takes 19 MiB and most of a core per check: a burst of sign-ins waits here briefly, then is told to retry
            if (!hashing.tryAcquire(2, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Sign-in deferred: too many sign-ins at once");
                return new SignInSlowedDown(java.time.Duration.ofSeconds(1), true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SignInSlowedDown(java.time.Duration.ofSeconds(1), true);
        }
        try {
            matches = hasher.verify(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        } finally {
            hashing.release();
            java.util.Arrays.fill(password, '\0');
        }
        if (user.isEmpty() || !matches || !user.get().enabled()) {
            throttle.failed(username, address);
            recorder.failed(user.orElse(null));
            LOG.info("Sign-in failed");
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(username);
        UserAccount account = user.get();
        recorder.succeeded(account);
        LOG.info("Sign-in of user {}", account.id());
        return AuthenticationResponse.success(account.username(), List.of(account.role().name()), attributes(account));
    }

    private Map<String, Object> attributes(UserAccount account) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentUser.USER_ID, account.id().toString());
        attributes.put(CurrentUser.SESSION_ID, java.util.UUID.randomUUID().toString());
        attributes.put(SIGNED_IN_AT, clock.millis()); // kept on renewal: an ended session cannot be renewed back to life
        if (account.unitId() != null) {
            attributes.put(CurrentUser.UNIT_ID, account.unitId().toString());
        }
        if (account.regionId() != null) {
            attributes.put(CurrentUser.REGION_ID, account.regionId().toString());
        }
        if (account.organisationId() != null) {
            attributes.put(CurrentUser.ORGANISATION_ID, account.organisationId().toString());
        }
        return attributes;
    }
}
