package org.waymark.screening;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;

/** Inserts a new screening and its audit entry in one transaction. */
@Singleton
class ScreeningWriter {

    private final ScreeningRows rows;
    private final ScreeningAudit audit;

    ScreeningWriter(ScreeningRows rows, ScreeningAudit audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @Transactional
    void insert(CurrentUser officer, ScreeningRow row) {
        rows.save(row);
        audit.record(officer, AuditAction.CREATE, row.id(), "screening");
    }
}
