package org.waymark.screening;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;

/** Inserts a new screening and its audit entry, and reads it back for the officer (audited too), in one transaction. */
@Singleton
class ScreeningWriter {

    private final ScreeningRows rows;
    private final ScreeningReader reader;
    private final ScreeningAudit audit;

    ScreeningWriter(ScreeningRows rows, ScreeningReader reader, ScreeningAudit audit) {
        this.rows = rows;
        this.reader = reader;
        this.audit = audit;
    }

    @Transactional
    ScreeningView insert(CurrentUser officer, ScreeningRow row) {
        rows.save(row);
        audit.record(officer, AuditAction.CREATE, row.id(), "screening");
        ScreeningView view = reader.view(reader.row(row.id(), officer.unitId()));
        audit.record(officer, AuditAction.READ, row.id(), "screening");
        return view;
    }
}
