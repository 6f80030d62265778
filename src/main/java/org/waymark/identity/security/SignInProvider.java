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

    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final SignInRecorder recorder;
    private final String decoyHash;

    SignInProvider(UserAccounts users, PasswordHasher hasher, SignInThrottle throttle, SignInRecorder recorder) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.recorder = recorder;
        this.decoyHash = hasher.hash("not-a-password".toCharArray());
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> attempt) {
        String username = attempt.getIdentity() == null ? "" : attempt.getIdentity().trim().toLowerCase(Locale.ROOT);
        String address = request == null ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
        if (throttle.isBlocked(username, address)) {
            LOG.warn("Sign-in refused: too many recent failures for the account or the address");
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        char[] password = attempt.getSecret() == null ? new char[0] : attempt.getSecret().toCharArray();
        Optional<UserAccount> user = users.findByUsername(username);
        boolean matches = hasher.verify(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        java.util.Arrays.fill(password, '\0');
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

    private static Map<String, Object> attributes(UserAccount account) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentUser.USER_ID, account.id().toString());
        attributes.put(CurrentUser.SESSION_ID, java.util.UUID.randomUUID().toString());
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
