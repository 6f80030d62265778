package org.waymark.screening;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import org.waymark.audit.AuditAction;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.identity.security.CurrentUser;
import org.waymark.catalogue.model.Answer;
import org.waymark.screening.persistence.AnswerRow;
import org.waymark.screening.persistence.AnswerRows;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starting screenings (idempotent under the client's id), listing a unit's screenings, reading one, and discarding one
 * opened by mistake as far as its {@link Screening} allows.
 */
@Singleton
public class Screenings {

    private final ScreeningRows rows;
    private final ScreeningWriter writer;
    private final ScreeningAudit audit;
    private final ScreeningReader reader;
    private final RecentScreenings recent;
    private final AnswerRows answers;
    private final StartRequests starts;
    private final Clock clock;
    private final StatedPurposes statedPurposes;

    Screenings(ScreeningRows rows, ScreeningWriter writer, ScreeningAudit audit, ScreeningReader reader, RecentScreenings recent,
               AnswerRows answers, StartRequests starts, Clock clock, StatedPurposes statedPurposes) {
        this.statedPurposes = statedPurposes;
        this.answers = answers;
        this.rows = rows;
        this.writer = writer;
        this.audit = audit;
        this.reader = reader;
        this.recent = recent;
        this.starts = starts;
        this.clock = clock;
    }

    /**
     * Starts a screening in the officer's unit. The same request again returns the same screening, without its
     * personal data; the same id with a different request is a conflict and changes nothing. "The same" is judged on
     * the request's non-personal fields only ({@link StartRequests#hash}), so neither the stored hash nor the answer to a
     * retry can be used to test a guess at the person's name, birth date or document.
     */
    public StartResult start(CurrentUser officer, StartScreening command) {
        Catalogue catalogue = starts.catalogueFor(command);
        String hash = starts.hash(command);
        var existing = rows.findById(command.id());
        if (existing.isPresent()) {
            return replay(officer, existing.get(), hash);
        }
        try {
            ScreeningRow row = starts.newRow(officer, command, catalogue, hash);
            ScreeningView created = writer.insert(officer, row);
            recent.remember(ScreeningSnapshot.of(row, Map.of())); // committed: its first answer needs no read
            return new StartResult(created, true);
        } catch (DataAccessException raced) {
            // a concurrent retry of the same create inserted first, or another unit's screening has this id (invisible here)
            return replay(officer, rows.findById(command.id()).orElseThrow(() -> idInUse()), hash);
        }
    }

    /** The unit's screenings, newest first, each with its reference and risk level; nothing is decrypted for it. */
    public List<ScreeningView.Summary> list(CurrentUser officer) {
        Map<UUID, Map<String, Answer>> answered = new HashMap<>();
        for (AnswerRow answer : answers.findByUnit(officer.unitId())) {
            answered.computeIfAbsent(answer.screeningId(), id -> new LinkedHashMap<>()).put(answer.questionId(), Answer.valueOf(answer.answer()));
        }
        return rows.findByUnitIdOrderByCreatedAtDesc(officer.unitId()).stream()
                .map(r -> new ScreeningView.Summary(r.id(), r.status(), r.version(), r.checklistId(), r.profile(),
                        r.createdAt(), r.completedAt(), r.training(), ScreeningReference.of(r.id(), r.createdAt()),
                        reader.assess(r, answered.getOrDefault(r.id(), Map.of())).riskLevel()))
                .toList();
    }

    /** Reads a screening of the officer's unit, personal data included; the read is audited. */
    @Transactional
    public ScreeningView view(CurrentUser officer, UUID id) {
        ScreeningView view = reader.view(reader.row(id, officer.unitId()));
        audit.record(officer, AuditAction.READ, id, "screening");
        return view;
    }

    /**
     * Reads a screening for an officer who asked for it directly. Within the walk-through — the officer who conducts
     * it, while it is in progress or within a day of its completion — no reason is needed; any other read of
     * personal data (a colleague, or later) needs a stated purpose, which the audit entry keeps.
     */
    @Transactional
    public ScreeningView read(CurrentUser officer, UUID id, String purpose) {
        ScreeningRow row = reader.row(id, officer.unitId());
        boolean inWalkthrough = row.officerId().equals(officer.id()) && (row.completedAt() == null
                || row.completedAt().isAfter(clock.instant().minus(WALKTHROUGH_GRACE)));
        String reason = purpose == null ? null : purpose.strip();
        if (!inWalkthrough && (reason == null || reason.length() < 3)) {
            throw InvalidInputException.of("purpose", "is required to read a screening outside its walk-through (at least 3 characters)");
        }
        ScreeningView view = reader.view(row);
        audit.record(officer, AuditAction.READ, id, inWalkthrough ? "screening" : statedPurposes.keep(row, reason));
        return view;
    }

    /** How long after completion the conducting officer may still read a screening without stating why. */
    static final java.time.Duration WALKTHROUGH_GRACE = java.time.Duration.ofHours(24);

    /** The live (or, once completed, final) assessment alone: no personal data is decrypted for it. */
    public org.waymark.scoring.Assessment assessment(CurrentUser officer, UUID id) {
        ScreeningRow row = reader.row(id, officer.unitId());
        return reader.assess(row, reader.answersOf(id));
    }

    /**
     * Discards a screening opened by mistake, before anything was recorded in it: the row goes, and with it the data
     * key and the encrypted personal data. The audit entry keeps the officer, the screening id and the chosen reason.
     * After the first answer (or a consent, a hold, a completion) it is refused: the record then has to stay.
     */
    @Transactional
    public void discard(CurrentUser officer, UUID id, DiscardReason reason) {
        Screening screening = reader.screening(id, officer.unitId());
        screening.discard();
        // recorded while the row still says whether it is a training screening; a refused discard rolls the entry back with it
        audit.record(officer, AuditAction.PURGE, id, "discarded before the first answer: " + reason.name());
        if (rows.deleteUnrecorded(id, officer.unitId()) == 0) {
            throw screening.hasRecords();
        }
        recent.forget(id);
    }

    /** The reference an officer quotes for a screening ({@link ScreeningReference}). Reads no personal data. */
    public String reference(CurrentUser officer, UUID id) {
        ScreeningRow row = reader.row(id, officer.unitId());
        return ScreeningReference.of(row.id(), row.createdAt());
    }

    /** The screening and whether this call created it. */
    public record StartResult(ScreeningView screening, boolean created) {
    }

    private StartResult replay(CurrentUser officer, ScreeningRow existing, String hash) {
        if (!existing.unitId().equals(officer.unitId()) || !existing.requestHash().equals(hash)) {
            throw idInUse();
        }
        return new StartResult(withoutPersonalData(reader.view(existing)), false);
    }

    private static ConflictException idInUse() {
        return new ConflictException("screening.id-in-use", "This screening id was already used for a different request.");
    }

    /** What a retried start answers with: the screening as stored, but nothing that would need an audited read. */
    private static ScreeningView withoutPersonalData(ScreeningView view) {
        return new ScreeningView(view.id(), view.status(), view.version(), view.unitId(), view.catalogue(), view.checklist(), view.profile(),
                view.intervieweeLanguage(), view.interpreterPresent(), view.interpreterLanguage(), view.placeType(), view.ageBand(), view.sex(),
                view.nationality(), view.sector(), PersonalData.none(),
                view.answers().stream().map(a -> new ScreeningView.AnswerView(a.questionId(), a.answer(), null, a.answeredAt())).toList(),
                view.consents().stream().map(c -> new ScreeningView.ConsentView(c.purpose(), c.status(), c.told(), null, c.recordedAt())).toList(),
                view.assessment(), view.createdAt(), view.completedAt(), null, view.purgedAt(), view.training());
    }
}
