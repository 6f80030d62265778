package org.waymark.screening;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ConsentRow;
import org.waymark.screening.persistence.ConsentRows;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Consent, completion (freezes answers and stores the final assessment) and reopening with a reason: each loads the
 * {@link Screening}, asks it, and persists what it allows. Each answers with the screening's state and assessment only:
 * personal data is read through {@link Screenings#read} alone.
 */
@Singleton
public class Completion {

    private final ScreeningRows rows;
    private final ConsentRows consents;
    private final ScreeningReader reader;
    private final ScreeningAudit audit;
    private final JsonMapper json;
    private final Clock clock;
    private final CaseTexts texts;
    private final PracticeScripts practice;

    Completion(ScreeningRows rows, ConsentRows consents, ScreeningReader reader, ScreeningAudit audit, JsonMapper json, Clock clock,
               CaseTexts texts, PracticeScripts practice) {
        this.texts = texts;
        this.practice = practice;
        this.audit = audit;
        this.rows = rows;
        this.consents = consents;
        this.reader = reader;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records (or replaces) the consent for one purpose, before or after completion, as far as {@link Screening#consent}
     * allows (the answers and the assessment stay frozen: consent is not an answer).
     */
    @Transactional
    public ScreeningChange consent(CurrentUser officer, UUID id, RecordConsent command) {
        practice.refuseTyped(officer, id, "representative", command.representative() != null && !command.representative().isBlank());
        ScreeningRow row = reader.row(id, officer.unitId());
        ScreeningReader.screening(row, reader.answersOf(id)).consent(command);
        consents.record(UUID.randomUUID(), id, command.purpose().name(), command.status().name(),
                command.told().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                texts.sealBase64(row, ScreeningReader.representativeField(command.purpose().name()), command.representative()), clock.instant(),
                officer.id());
        audit.record(officer, AuditAction.UPDATE, id, "consent");
        return changed(id, officer);
    }

    /** The consents on record, latest per purpose, and whether a representative consents (a child profile). */
    public record ConsentsOnRecord(Map<String, ScreeningView.ConsentView> latest, boolean forMinor) {
    }

    /**
     * The consents of a screening of the officer's unit, without who represented a child (typed by the officer):
     * nothing personal is decrypted or shown, so the page that offers consent beside each route needs no read audit.
     */
    @Transactional
    public ConsentsOnRecord consents(CurrentUser officer, UUID id) {
        ScreeningRow row = reader.row(id, officer.unitId());
        Map<String, ScreeningView.ConsentView> latest = new HashMap<>();
        for (ConsentRow consent : consents.findByScreeningId(id)) {
            ScreeningView.ConsentView view = ScreeningReader.consent(consent);
            latest.put(view.purpose(), new ScreeningView.ConsentView(view.purpose(), view.status(), view.told(), null, view.recordedAt()));
        }
        return new ConsentsOnRecord(latest, Minority.ofProfile(row.profile(), row.minorPresumed()).isMinor());
    }

    /** Freezes the answers and stores the final assessment with the catalogue version it used. */
    @Transactional
    public ScreeningChange complete(CurrentUser officer, UUID id, long expectedVersion) {
        ScreeningRow row = reader.row(id, officer.unitId());
        Screening screening = ScreeningReader.screening(row, reader.answersOf(id));
        if (screening.complete(expectedVersion) == Screening.Completing.ALREADY_COMPLETED) {
            return changed(id, officer); // a retried completion: its state, no personal data
        }
        try {
            String assessment = json.writeValueAsString(reader.assess(row, screening.answers()));
            if (rows.complete(id, officer.unitId(), expectedVersion, clock.instant(), assessment) == 0) {
                throw screening.changedSince(expectedVersion, "it was not completed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(officer, AuditAction.UPDATE, id, "complete");
        return changed(id, officer);
    }

    /** Reopens a completed screening; the reason ({@link Screening#reopen}) is recorded, sealed; a practice screening is never reopened. */
    @Transactional
    public ScreeningChange reopen(CurrentUser officer, UUID id, String reason) {
        practice.refuseTyped(officer, id, "reason", true); // practice: start the case again, no reason is kept
        ScreeningRow row = reader.row(id, officer.unitId());
        Screening screening = ScreeningReader.screening(row, reader.answersOf(id));
        String why = screening.reopen(reason);
        if (rows.reopen(id, officer.unitId(), clock.instant(), texts.sealBase64(row, ScreeningReader.REOPEN_REASON, why)) == 0) {
            throw screening.notCompleted();
        }
        audit.record(officer, AuditAction.UPDATE, id, "reopen");
        return changed(id, officer);
    }

    /** The screening after a change, without decrypting anything: reading personal data is {@link Screenings#read}'s alone. */
    private ScreeningChange changed(UUID id, CurrentUser officer) {
        ScreeningRow row = reader.row(id, officer.unitId());
        return new ScreeningChange(row.id(), row.version(), row.status(), reader.assess(row, reader.answersOf(id)));
    }
}
