package org.waymark.screening;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ReadPurposeRow;
import org.waymark.screening.persistence.ReadPurposeRows;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;
import org.waymark.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The purposes stated to read a screening outside its walk-through, kept out of the audit chain: the chain is
 * append-only and hash-linked, so whatever it holds outlives the purge. The words are sealed under the screening's data
 * key in {@code read_purpose}; the audit entry holds only the category and that row's id
 * ({@code outside walk-through: stated purpose <id>}), which is what the chain hashes. The purge deletes the row and
 * destroys the key; the entry, and so the chain, stay as they were and verify. The auditor reads the words, while they
 * exist, with {@link #of}.
 */
@Singleton
public class StatedPurposes {

    /** How an audit entry names a stated purpose kept in {@code read_purpose}. */
    public static final String STATED_PURPOSE = "outside walk-through: stated purpose ";

    private final ScreeningRows rows;
    private final ReadPurposeRows readPurposes;
    private final ScreeningAudit audit;
    private final CaseTexts texts;
    private final Clock clock;

    StatedPurposes(ScreeningRows rows, ReadPurposeRows readPurposes, ScreeningAudit audit, CaseTexts texts, Clock clock) {
        this.rows = rows;
        this.readPurposes = readPurposes;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** Seals {@code reason} for the screening and returns the audit purpose that names it. */
    String keep(ScreeningRow row, String reason) {
        UUID statementId = UUID.randomUUID();
        readPurposes.save(new ReadPurposeRow(statementId, row.id(), texts.seal(row, field(statementId), reason), clock.instant()));
        return STATED_PURPOSE + statementId;
    }

    /** The purposes stated to read a screening, for the auditor, while the screening lives; the auditor's read is audited. */
    @Transactional
    public List<StatedPurpose> of(CurrentUser auditor, UUID id) {
        ScreeningRow row = rows.findById(id).orElseThrow(() -> new NotFoundException("The screening"));
        List<StatedPurpose> stated = readPurposes.findByScreeningIdOrderByStatedAt(id).stream()
                .map(p -> new StatedPurpose(STATED_PURPOSE + p.id(), texts.open(row, field(p.id()), p.sealed()), p.statedAt()))
                .toList();
        audit.record(auditor, AuditAction.READ, id, "stated read purposes");
        return stated;
    }

    /** A stated purpose: the audit entry's purpose that names it, the words, when. */
    @Serdeable
    public record StatedPurpose(String auditPurpose, String purpose, Instant statedAt) {
    }

    private static String field(UUID statementId) {
        return "readPurpose/" + statementId;
    }
}
