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
import org.waymark.identity.Role;
import org.waymark.identity.Units;
import org.waymark.identity.persistence.UserAccountRow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs in with a user name and password (checked by {@link PasswordChecks}); nothing about the attempt but the user id
 * is logged. A password set by an administrator opens no session: the account must choose its own first
 * ({@link OwnPasswordController}).
 */
@Singleton
class SignInProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(SignInProvider.class);
    /** The sign-in's moment in milliseconds (token claim): which sessions an administrator's cut-off ended. */
    static final String SIGNED_IN_AT = "sat";

    private final PasswordChecks checks;
    private final SignInRecorder recorder;
    private final ClientAddress clientAddress;
    private final java.time.Clock clock;

    SignInProvider(PasswordChecks checks, SignInRecorder recorder, ClientAddress clientAddress, java.time.Clock clock) {
        this.checks = checks;
        this.recorder = recorder;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> attempt) {
        String username = PasswordChecks.normalise(attempt.getIdentity());
        String address = request == null ? "unknown" : clientAddress.of(request);
        char[] password = attempt.getSecret() == null ? new char[0] : attempt.getSecret().toCharArray();
        PasswordChecks.Outcome outcome = checks.check(username, password, address);
        if (outcome instanceof PasswordChecks.Outcome.Deferred deferred) {
            LOG.warn(deferred.busy() ? "Sign-in deferred: too many sign-ins at once"
                    : "Sign-in slowed down: recent failures for the account or the address");
            return new SignInSlowedDown(deferred.retryAfter(), deferred.busy());
        }
        if (outcome instanceof PasswordChecks.Outcome.NoMatch failed) {
            recorder.failed(failed.known());
            LOG.info("Sign-in failed");
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        UserAccountRow account = ((PasswordChecks.Outcome.Matched) outcome).account();
        if (account.mustChoosePassword()) {
            // the password an administrator set opens no session: its holder must choose their own first
            LOG.info("Sign-in of user {} refused until they choose their own password", account.id());
            return AuthenticationResponse.failure(AuthenticationFailureReason.PASSWORD_EXPIRED);
        }
        recorder.succeeded(account);
        LOG.info("Sign-in of user {}", account.id());
        return AuthenticationResponse.success(account.username(), List.of(account.role().name()), attributes(account));
    }

    private Map<String, Object> attributes(UserAccountRow account) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentUser.USER_ID, account.id().toString());
        attributes.put(CurrentUser.SESSION_ID, java.util.UUID.randomUUID().toString());
        attributes.put(SIGNED_IN_AT, clock.millis()); // kept on renewal: an ended session cannot be renewed back to life
        if (account.unitId() != null) {
            attributes.put(CurrentUser.UNIT_ID, account.unitId().toString());
        } else if (account.role() == Role.TRAINEE) {
            attributes.put(CurrentUser.UNIT_ID, Units.PRACTICE.toString()); // a trainee's practice screenings run there
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
