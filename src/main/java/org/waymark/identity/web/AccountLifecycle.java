package org.waymark.identity.web;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.CaseAccessNotices;
import org.waymark.identity.Role;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.security.SessionCutoffs;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.RuleViolationException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * What an administrator can do to an account after creating it: disable and re-enable it, change its role and scope,
 * reset its password (a temporary one: the holder must choose their own before signing in), end all its sessions. Each act is on the audit trail with the administrator as actor, and each
 * that changes what the account may do ends its sessions everywhere (a token issued before is refused).
 */
@Singleton
class AccountLifecycle {

    private final UserAccountRows users;
    private final PasswordHasher hasher;
    private final AuditTrail trail;
    private final SessionCutoffs cutoffs;
    private final Clock clock;

    private final CaseAccessNotices notices;

    AccountLifecycle(UserAccountRows users, PasswordHasher hasher, AuditTrail trail, SessionCutoffs cutoffs, Clock clock,
                     CaseAccessNotices notices) {
        this.notices = notices;
        this.users = users;
        this.hasher = hasher;
        this.trail = trail;
        this.cutoffs = cutoffs;
        this.clock = clock;
    }

    @Transactional
    AdminViews.UserView disable(CurrentUser admin, UUID id) {
        UserAccountRow user = account(id);
        if (user.id().equals(admin.id())) {
            throw new RuleViolationException("user.self-disable", "id", "is your own account: another administrator must disable it");
        }
        return endSessions(admin, user.withEnabled(false), "disable");
    }

    @Transactional
    AdminViews.UserView enable(CurrentUser admin, UUID id) {
        UserAccountRow enabled = users.update(account(id).withEnabled(true));
        notices.announce(enabled, admin.id(), admin.username(), "enable");
        return record(admin, enabled, "enable");
    }

    @Transactional
    AdminViews.UserView assign(CurrentUser admin, UUID id, AdminViews.Assignment assignment, Administration administration) {
        UserAccountRow user = account(id);
        administration.checkScope(assignment.role(), assignment.unitId(), assignment.regionId(), assignment.organisationId());
        UserAccountRow changed = user.withAssignment(assignment.role(), assignment.unitId(), assignment.regionId(), assignment.organisationId());
        AdminViews.UserView view = endSessions(admin, changed, "assign " + user.role() + " -> " + assignment.role());
        if (!java.util.Objects.equals(user.role(), changed.role()) || !java.util.Objects.equals(user.unitId(), changed.unitId())) {
            notices.announce(changed, admin.id(), admin.username(), "assign");
        }
        return view;
    }

    @Transactional
    AdminViews.UserView resetPassword(CurrentUser admin, UUID id, String password) {
        if (password == null || password.length() < 12) {
            throw InvalidInputException.of("password", "must be at least 12 characters");
        }
        UserAccountRow user = account(id);
        return endSessions(admin, user.withTemporaryPassword(hasher.hash(password.toCharArray())), "reset password");
    }

    @Transactional
    AdminViews.UserView endAllSessions(CurrentUser admin, UUID id) {
        return endSessions(admin, account(id), "end sessions");
    }

    private AdminViews.UserView endSessions(CurrentUser admin, UserAccountRow user, String act) {
        Instant now = clock.instant();
        UserAccountRow saved = users.update(user.withSessionsValidAfter(now));
        cutoffs.cut(user.id(), now);
        return record(admin, saved, act);
    }

    private AdminViews.UserView record(CurrentUser admin, UserAccountRow user, String act) {
        trail.record(new AuditEvent(admin.id(), Role.ADMIN.name(), admin.unitId(), admin.organisationId(), AuditAction.ADMINISTER, "user",
                user.id().toString(), act));
        return Administration.view(user);
    }

    private UserAccountRow account(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("The user"));
    }

}
