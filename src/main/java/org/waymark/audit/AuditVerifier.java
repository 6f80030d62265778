package org.waymark.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;

/** Walks the whole chain and reports the first missing entry or broken link. */
@Singleton
public class AuditVerifier {

    private static final int PAGE = 1000;
    private final AuditEntries entries;

    AuditVerifier(AuditEntries entries) {
        this.entries = entries;
    }

    /** The outcome: intact with the head, or broken at a sequence number with the reason. */
    @Serdeable
    public record Verification(boolean intact, long entries, @Nullable String headHash, @Nullable Long brokenAt, @Nullable String problem) {
    }

    public Verification verify() {
        String previous = AuditTrail.GENESIS;
        long expectedSeq = 1;
        List<AuditEntry> page = entries.findPage(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                if (entry.seq() != expectedSeq) {
                    return new Verification(false, expectedSeq - 1, previous, expectedSeq, "entry " + expectedSeq + " is missing");
                }
                if (!entry.previousHash().equals(previous)) {
                    return new Verification(false, expectedSeq - 1, previous, entry.seq(), "does not link to the entry before it");
                }
                if (!AuditTrail.sha256(entry.canonicalForm()).equals(entry.hash())) {
                    return new Verification(false, expectedSeq - 1, previous, entry.seq(), "its content does not match its hash");
                }
                previous = entry.hash();
                expectedSeq++;
            }
            page = entries.findPage(expectedSeq - 1, PAGE);
        }
        return new Verification(true, expectedSeq - 1, expectedSeq == 1 ? null : previous, null, null);
    }
}
