package org.waymark.screening;

import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.security.CurrentUser;

import java.util.UUID;

/** Writes the audit entry of an act on a screening, in the act's own transaction. */
@Singleton
class ScreeningAudit {

    static final String RECORD_TYPE = "screening";
    private final AuditTrail trail;

    ScreeningAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(CurrentUser user, AuditAction action, UUID screeningId, String purpose) {
        trail.record(event(user, action, screeningId, purpose));
    }

    /** The act now, to be recorded with the write that carries it out later. */
    AuditTrail.Act capture(CurrentUser user, AuditAction action, UUID screeningId, String purpose) {
        return trail.capture(event(user, action, screeningId, purpose));
    }

    private static AuditEvent event(CurrentUser user, AuditAction action, UUID screeningId, String purpose) {
        return new AuditEvent(user.id(), user.role().name(), user.unitId(), user.organisationId(), action, RECORD_TYPE,
                screeningId.toString(), purpose);
    }
}
