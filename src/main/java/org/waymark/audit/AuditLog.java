package org.waymark.audit;

import jakarta.inject.Singleton;

import java.util.List;

/** Reads the trail: every entry about one record, oldest first. */
@Singleton
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    public List<AuditEntry> forRecord(String recordId) {
        return entries.findByRecordId(recordId);
    }
}
