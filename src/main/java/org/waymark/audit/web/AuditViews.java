package org.waymark.audit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.audit.persistence.AuditCheckpointRow;
import org.waymark.audit.persistence.AuditEntryRow;

import java.time.Instant;
import java.util.UUID;

/** What the audit API answers: entries and checkpoints as the auditor reads them, not as they are stored. */
final class AuditViews {

    private AuditViews() {
    }

    /** One entry of the chain, with the hashes that let the auditor check it. */
    @Serdeable
    record Entry(long seq, Instant at, @Nullable UUID actorId, @Nullable String actorRole, @Nullable UUID actorUnit, @Nullable UUID actorOrg,
                 String action, String recordType, @Nullable String recordId, @Nullable String purpose, @Nullable String requestId,
                 @Nullable String clientAddress, String previousHash, String hash) {

        static Entry of(AuditEntryRow row) {
            return new Entry(row.seq(), row.at(), row.actorId(), row.actorRole(), row.actorUnit(), row.actorOrg(), row.action(),
                    row.recordType(), row.recordId(), row.purpose(), row.requestId(), row.clientAddress(), row.previousHash(), row.hash());
        }
    }

    /** A signed checkpoint: the head of the chain at {@code seq}, signed by the service key {@code serviceKeyId}. */
    @Serdeable
    record Checkpoint(long seq, String entryHash, Instant at, UUID serviceKeyId, byte[] signature) {

        static Checkpoint of(AuditCheckpointRow row) {
            return new Checkpoint(row.seq(), row.entryHash(), row.at(), row.serviceKeyId(), row.signature());
        }
    }
}
