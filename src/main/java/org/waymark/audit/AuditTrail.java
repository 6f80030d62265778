package org.waymark.audit;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.shared.Sha256;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Appends to the audit trail inside the caller's transaction (propagation MANDATORY):
 * if the act rolls back, so does its entry, and an act cannot commit without its entry. Appends take a
 * transaction-scoped advisory lock, so with any number of instances the chain stays one line.
 */
@Singleton
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        entries.lockChain();
        var head = entries.findHead();
        long seq = head.map(h -> h.seq() + 1).orElse(1L);
        String previous = head.map(AuditEntry::hash).orElse(GENESIS);
        var request = ServerRequestContext.currentRequest();
        String requestId = request.flatMap(r -> r.getAttribute("waymark.request-id", String.class)).orElse(null);
        String address = request.map(r -> r.getRemoteAddress().getAddress().getHostAddress()).orElse(null);
        AuditEntry unsigned = new AuditEntry(seq, clock.instant().truncatedTo(ChronoUnit.MICROS), event.actorId(), event.actorRole(),
                event.actorUnit(), event.actorOrganisation(), event.action().name(), event.recordType(), event.recordId(), event.purpose(),
                requestId, address, previous, "");
        return entries.save(withHash(unsigned));
    }

    static AuditEntry withHash(AuditEntry entry) {
        return new AuditEntry(entry.seq(), entry.at(), entry.actorId(), entry.actorRole(), entry.actorUnit(), entry.actorOrg(),
                entry.action(), entry.recordType(), entry.recordId(), entry.purpose(), entry.requestId(), entry.clientAddress(),
                entry.previousHash(), sha256(entry.canonicalForm()));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
