package org.waymark.identity.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;
import org.waymark.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An account's holder chooses their own password, proving the current one (the temporary one an administrator set,
 * or their own). The current password is checked like a sign-in (same throttle, same bounded hashing); the new one
 * must be 12–200 characters, differ from the current one and not contain the user name. Every session of the account
 * ends (whoever knew the old password is out), and the change is on the audit trail with the holder as actor.
 */
@Singleton
class OwnPassword {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 200;

    private final PasswordChecks checks;
    private final PasswordHasher hasher;
    private final UserAccountRows users;
    private final SessionCutoffs cutoffs;
    private final AuditTrail trail;
    private final Clock clock;

    OwnPassword(PasswordChecks checks, PasswordHasher hasher, UserAccountRows users, SessionCutoffs cutoffs, AuditTrail trail, Clock clock) {
        this.checks = checks;
        this.hasher = hasher;
        this.users = users;
        this.cutoffs = cutoffs;
        this.trail = trail;
        this.clock = clock;
    }

    /** Why a chosen password is refused (the page shows the matching message). */
    enum Refusal {
        TOO_SHORT("must be at least " + MINIMUM_LENGTH + " characters"),
        TOO_LONG("must be at most " + MAXIMUM_LENGTH + " characters"),
        CONTROL_CHARACTER("must not contain control characters"),
        SAME_AS_CURRENT("must differ from the current password"),
        CONTAINS_USER_NAME("must not contain the user name");

        final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }
    }

    /** What is wrong with the chosen password, if anything (checked before any password is hashed). */
    static Optional<Refusal> refusal(String username, String current, String chosen) {
        if (chosen == null || chosen.length() < MINIMUM_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (chosen.length() > MAXIMUM_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        if (chosen.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Refusal.CONTROL_CHARACTER);
        }
        if (chosen.equals(current)) {
            return Optional.of(Refusal.SAME_AS_CURRENT);
        }
        String name = PasswordChecks.normalise(username);
        if (!name.isEmpty() && chosen.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of(Refusal.CONTAINS_USER_NAME);
        }
        return Optional.empty();
    }

    /** The outcome of the current password's check; on a match the new password is already in place. */
    PasswordChecks.Outcome choose(String username, String current, String chosen, String address) {
        Optional<Refusal> refused = refusal(username, current, chosen);
        if (refused.isPresent()) {
            throw InvalidInputException.of("newPassword", refused.get().reason);
        }
        PasswordChecks.Outcome outcome = checks.check(PasswordChecks.normalise(username), current.toCharArray(), address);
        if (outcome instanceof PasswordChecks.Outcome.Matched matched) {
            char[] typed = chosen.toCharArray();
            try {
                replace(matched.account(), hasher.hash(typed));
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
        return outcome;
    }

    @Transactional
    void replace(UserAccountRow account, String hash) {
        Instant now = clock.instant();
        users.update(account.withOwnPassword(hash).withSessionsValidAfter(now));
        cutoffs.cut(account.id(), now);
        trail.record(new AuditEvent(account.id(), account.role().name(), account.unitId(), account.organisationId(), AuditAction.UPDATE,
                "user", account.id().toString(), "chose own password"));
    }
}
