package org.waymark.audit;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.audit.persistence.PendingEntryRow;
import org.waymark.audit.persistence.PendingEntryRows;
import org.waymark.shared.Sha256;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records an act in the audit trail inside the caller's transaction (propagation MANDATORY): if the act rolls back,
 * so does its entry, and an act cannot commit without its entry. The entry is written unchained; the
 * {@link AuditSequencer} links it into the chain moments after it commits, so acts never wait for each other here.
 */
@Singleton
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final PendingEntryRows pending;
    private final Clock clock;

    AuditTrail(PendingEntryRows pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(AuditEvent event) {
        pending.save(capture(event).entry);
    }

    /**
     * The act as it happens now, on the thread serving its request (time, request id, client address), for an act
     * whose write is carried out later on another thread and recorded then with {@link #recordAll}.
     */
    public Act capture(AuditEvent event) {
        var request = ServerRequestContext.currentRequest();
        String requestId = request.flatMap(r -> r.getAttribute("waymark.request-id", String.class)).orElse(null);
        String address = request.map(r -> r.getRemoteAddress().getAddress().getHostAddress()).orElse(null);
        return new Act(new PendingEntryRow(null, clock.instant().truncatedTo(ChronoUnit.MICROS), event.actorId(), event.actorRole(),
                event.actorUnit(), event.actorOrganisation(), event.action().name(), event.recordType(), event.recordId(), event.purpose(),
                requestId, address));
    }

    /** Records captured acts inside the caller's transaction, in one batch. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordAll(List<Act> acts) {
        if (!acts.isEmpty()) {
            pending.saveAll(acts.stream().map(act -> act.entry).toList());
        }
    }

    /** An act captured for the trail but not yet recorded. */
    public static final class Act {
        private final PendingEntryRow entry;

        private Act(PendingEntryRow entry) {
            this.entry = entry;
        }
    }

    static AuditEntryRow withHash(AuditEntryRow entry) {
        return new AuditEntryRow(entry.seq(), entry.at(), entry.actorId(), entry.actorRole(), entry.actorUnit(), entry.actorOrg(),
                entry.action(), entry.recordType(), entry.recordId(), entry.purpose(), entry.requestId(), entry.clientAddress(),
                entry.previousHash(), sha256(entry.canonicalForm()));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
