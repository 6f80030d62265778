package org.waymark.identity.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.persistence.UserAccountRow;

/** Puts sign-ins and failed sign-ins on the audit trail (user id only; an unknown name is not recorded). */
@Singleton
class SignInRecorder {

    private final AuditTrail trail;

    SignInRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @Transactional
    void succeeded(UserAccountRow user) {
        trail.record(new AuditEvent(user.id(), user.role().name(), user.unitId(), user.organisationId(), AuditAction.SIGN_IN,
                "user", user.id().toString(), null));
    }

    @Transactional
    void failed(@Nullable UserAccountRow user) {
        trail.record(new AuditEvent(null, null, null, null, AuditAction.SIGN_IN_FAILED, "user",
                user == null ? null : user.id().toString(), null));
    }
}
