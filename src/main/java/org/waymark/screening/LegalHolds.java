package org.waymark.screening;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.LegalHoldRow;
import org.waymark.screening.persistence.LegalHoldRows;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Legal holds: a screening of the officer's unit can be held with a reason (e.g. a prosecutor's request), so
 * retention skips it and reports it; releasing needs a reason too. Whether a hold may be placed or released is the
 * {@link Screening}'s to say (asked without its answers: a hold is not one). Both are audited; both reasons are sealed
 * under the screening's data key ({@link CaseTexts}) and go with it at the purge.
 */
@Singleton
public class LegalHolds {

    private final LegalHoldRows holds;
    private final PracticeScripts practice;
    private final ScreeningReader reader;
    private final ScreeningAudit audit;
    private static final String REASON = "legalHold/reason";
    private static final String RELEASE_REASON = "legalHold/releaseReason";

    private final Clock clock;
    private final CaseTexts texts;

    LegalHolds(LegalHoldRows holds, ScreeningReader reader, ScreeningAudit audit, Clock clock, CaseTexts texts, PracticeScripts practice) {
        this.practice = practice;
        this.texts = texts;
        this.holds = holds;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void place(CurrentUser officer, UUID screeningId, String reason) {
        practice.refuseTyped(officer, screeningId, "reason", true); // a practice screening is never held: it keeps no text
        var row = reader.row(screeningId, officer.unitId());
        ScreeningReader.screening(row, Map.of()).placeHold(holds.findByScreeningIdAndReleasedAtIsNull(screeningId).isPresent());
        holds.save(new LegalHoldRow(UUID.randomUUID(), screeningId, null, officer.id(), clock.instant(), null, null, null,
                texts.seal(row, REASON, reason.strip()), null));
        audit.record(officer, AuditAction.UPDATE, screeningId, "legal hold placed");
    }

    @Transactional
    public void release(CurrentUser officer, UUID screeningId, String reason) {
        var row = reader.row(screeningId, officer.unitId());
        Screening screening = ScreeningReader.screening(row, Map.of());
        screening.releaseHold(holds.findByScreeningIdAndReleasedAtIsNull(screeningId).isPresent());
        if (holds.release(screeningId, officer.id(), clock.instant(), texts.sealBase64(row, RELEASE_REASON, reason.strip())) == 0) {
            throw screening.notHeld();
        }
        audit.record(officer, AuditAction.UPDATE, screeningId, "legal hold released");
    }
}
