package org.waymark.audit;

import jakarta.inject.Singleton;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.audit.persistence.AuditEntryRows;
import org.waymark.shared.Csv;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads the trail (after chaining every committed entry): every entry about one record, oldest first. */
@Singleton
public class AuditLog {

    private final AuditEntryRows entries;
    private final AuditSequencer sequencer;

    AuditLog(AuditEntryRows entries, AuditSequencer sequencer) {
        this.entries = entries;
        this.sequencer = sequencer;
    }

    /** At most this many entries per export; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 10_000;

    public List<AuditEntryRow> forRecord(String recordId) {
        sequencer.drain();
        return entries.findByRecordId(recordId);
    }

    /** Entries matching every given filter (a null filter matches all), oldest first. */
    public List<AuditEntryRow> search(@Nullable UUID actorId, @Nullable String recordId, @Nullable Instant from, @Nullable Instant to) {
        sequencer.drain();
        return entries.search(actorId, recordId, from, to, EXPORT_LIMIT);
    }

    /** RFC 4180 CSV of the entries; every field is an id, a code or a time, quoted anyway. */
    public static String csv(List<AuditEntryRow> rows) {
        Csv csv = Csv.crlf().words("seq", "at", "actor_id", "actor_role", "actor_unit", "actor_org", "action", "record_type", "record_id",
                "purpose", "request_id", "client_address", "previous_hash", "hash").endLine();
        for (AuditEntryRow e : rows) {
            csv.cell(e.seq()).cell(e.at()).cell(e.actorId()).cell(e.actorRole()).cell(e.actorUnit()).cell(e.actorOrg()).cell(e.action())
                    .cell(e.recordType()).cell(e.recordId()).cell(e.purpose()).cell(e.requestId()).cell(e.clientAddress())
                    .cell(e.previousHash()).cell(e.hash()).endLine();
        }
        return csv.toString();
    }
}
