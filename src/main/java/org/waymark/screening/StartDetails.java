package org.waymark.screening;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;

import java.time.Clock;
import java.util.UUID;

/**
 * Changing the start details of a screening before its first answer, as far as its {@link Screening} allows: checked as
 * a start is, the profile recomputed by {@link Minority}, the personal data sealed as at start, the change audited.
 */
@Singleton
public class StartDetails {

    private final ScreeningRows rows;
    private final ScreeningReader reader;
    private final StartRequests starts;
    private final RecentScreenings recent;
    private final ScreeningAudit audit;
    private final Clock clock;
    private final PracticeScripts practice;

    StartDetails(ScreeningRows rows, ScreeningReader reader, StartRequests starts, RecentScreenings recent, ScreeningAudit audit, Clock clock,
                 PracticeScripts practice) {
        this.practice = practice;
        this.rows = rows;
        this.reader = reader;
        this.starts = starts;
        this.recent = recent;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes the start details at the command's version; answers with the state and assessment, never personal data. */
    @Transactional
    public ScreeningChange change(CurrentUser officer, UUID id, ChangeStartDetails command) {
        practice.refuseTyped(officer, id, "person", PersonalData.typed(command.person()));
        ScreeningRow row = reader.row(id, officer.unitId());
        Screening screening = ScreeningReader.screening(row, reader.answersOf(id));
        screening.changeStartDetails(command.expectedVersion());
        StartScreening start = command.asStart(id, row.catalogueId(), row.catalogueVersion(), row.training());
        starts.catalogueFor(start);
        Minority minority = starts.minority(start);
        int changed = rows.changeStartDetails(id, officer.unitId(), command.expectedVersion(), start.checklist(),
                minority.profile(start.exploitation()), start.intervieweeLanguage(), start.interpreterPresent(), start.interpreterLanguage(),
                start.placeType().name(), start.ageBand().name(), start.sex().name(), start.nationality(),
                start.sector() == null ? null : start.sector().name(), minority.presumed(), starts.sealedBase64(row, start.person()), clock.instant());
        if (changed == 0) {
            // an answer or another change was saved meanwhile: decided again on what is stored now
            ScreeningReader.screening(reader.row(id, officer.unitId()), reader.answersOf(id)).changeStartDetails(command.expectedVersion());
            throw screening.changedSince(command.expectedVersion(), "nothing was changed");
        }
        recent.forget(id);
        audit.record(officer, AuditAction.UPDATE, id, "start details changed before the first answer");
        ScreeningRow now = reader.row(id, officer.unitId());
        return new ScreeningChange(id, now.version(), now.status(), reader.assess(now, java.util.Map.of()));
    }
}
