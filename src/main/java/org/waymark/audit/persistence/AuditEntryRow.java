package org.waymark.audit.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One link of the chain: the event, where it came from, and the hashes that chain it to its predecessor. */
@MappedEntity("audit_entry")
public record AuditEntryRow(@Id long seq, Instant at, @Nullable UUID actorId, @Nullable String actorRole, @Nullable UUID actorUnit,
                            @Nullable UUID actorOrg, String action, String recordType, @Nullable String recordId, @Nullable String purpose,
                            @Nullable String requestId, @Nullable String clientAddress, String previousHash, String hash) {

    /** The SHA-256 input: every field but the hash itself, in a fixed order and format (version 1). */
    public String canonicalForm() {
        return String.join("\u001f", "v1", Long.toString(seq), at.toString(), str(actorId), str(actorRole), str(actorUnit), str(actorOrg),
                action, recordType, str(recordId), str(purpose), str(requestId), str(clientAddress), previousHash);
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
