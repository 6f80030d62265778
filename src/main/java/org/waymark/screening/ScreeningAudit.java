package org.waymark.screening;

import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ScreeningRows;

import java.util.UUID;

/**
 * Writes the audit entry of an act on a screening, in the act's own transaction. An act on a training screening (a
 * practice run on a practice case, or a screening an officer marked as training) is recorded as
 * {@value #PRACTICE_RECORD_TYPE}, apart from the acts on real screenings ({@value #RECORD_TYPE}): an auditor's query of
 * real screenings holds no practice. The entry is chained and verified like any other.
 */
@Singleton
public class ScreeningAudit {

    static final String RECORD_TYPE = "screening";
    static final String PRACTICE_RECORD_TYPE = "practice_screening";
    private final AuditTrail trail;
    private final ScreeningRows rows;

    ScreeningAudit(AuditTrail trail, ScreeningRows rows) {
        this.trail = trail;
        this.rows = rows;
    }

    /** Records an act on a screening now, as a practice act if the screening is a training one. */
    public void record(CurrentUser user, AuditAction action, UUID screeningId, String purpose) {
        trail.record(event(user, action, screeningId, purpose, rows.findTrainingById(screeningId).orElse(false)));
    }

    /** The act now, to be recorded with the write that carries it out later ({@code training}: the screening is a training one). */
    AuditTrail.Act capture(CurrentUser user, AuditAction action, UUID screeningId, String purpose, boolean training) {
        return trail.capture(event(user, action, screeningId, purpose, training));
    }

    private static AuditEvent event(CurrentUser user, AuditAction action, UUID screeningId, String purpose, boolean training) {
        return new AuditEvent(user.id(), user.role().name(), user.unitId(), user.organisationId(), action,
                training ? PRACTICE_RECORD_TYPE : RECORD_TYPE, screeningId.toString(), purpose);
    }
}
