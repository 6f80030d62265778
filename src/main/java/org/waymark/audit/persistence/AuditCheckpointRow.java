package org.waymark.audit.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A signed checkpoint: the chain's head at a moment, signed with the service key. */
@MappedEntity("audit_checkpoint")
public record AuditCheckpointRow(@Id long seq, String entryHash, Instant at, UUID serviceKeyId, byte[] signature) {

    /** What is signed (version 1): one line each, no room for ambiguity. */
    public static byte[] signedText(long seq, String entryHash, Instant at) {
        return ("waymark-audit-checkpoint/1\n" + seq + "\n" + entryHash + "\n" + at + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    public byte[] signedText() {
        return signedText(seq, entryHash, at);
    }
}
