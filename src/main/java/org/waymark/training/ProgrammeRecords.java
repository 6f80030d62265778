package org.waymark.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.security.CurrentUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Sha256;
import org.waymark.training.persistence.EvaluationBatchRow;
import org.waymark.training.persistence.EvaluationBatchRows;
import org.waymark.training.persistence.EvaluationRow;
import org.waymark.training.persistence.EvaluationRows;
import org.waymark.training.persistence.ParticipationRow;
import org.waymark.training.persistence.ParticipationRows;
import org.waymark.training.persistence.TrainingSessionRow;
import org.waymark.training.persistence.TrainingSessionRows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The programme's own records, kept by trainers: sessions with their participant counts and evaluation forms. Every
 * record a trainer adds, corrects or deletes is on the audit trail with the trainer as actor; nothing here names a
 * participant. Creating a session and submitting forms are idempotent under the id the client chose (as referrals are):
 * the same request again is answered with the first result, the same id with another request is a conflict.
 */
@Singleton
public class ProgrammeRecords {

    private final TrainingSessionRows sessions;
    private final ParticipationRows participations;
    private final EvaluationRows evaluations;
    private final EvaluationBatchRows batches;
    private final AuditTrail trail;
    private final Clock clock;

    ProgrammeRecords(TrainingSessionRows sessions, ParticipationRows participations, EvaluationRows evaluations, EvaluationBatchRows batches,
                     AuditTrail trail, Clock clock) {
        this.sessions = sessions;
        this.participations = participations;
        this.evaluations = evaluations;
        this.batches = batches;
        this.trail = trail;
        this.clock = clock;
    }

    /** A session with its participants, its evaluation forms and its version (for the next correction). */
    @io.micronaut.serde.annotation.Serdeable
    public record SessionView(UUID id, LocalDate heldOn, String place, SessionType type, List<String> countriesVisited,
                              List<SessionInput.Participants> participants, int participantsTotal, List<SessionInput.Evaluation> evaluations,
                              long version) {
    }

    /** The session's id and whether this call recorded it (false: a retry of the request that did). */
    public record Recorded(UUID id, boolean created) {
    }

    /** Records a session under a new id (demo data and callers without a client id). */
    @Transactional
    public UUID record(CurrentUser trainer, SessionInput.Session session) {
        return record(trainer, null, session).id();
    }

    /** Records a session under the client's id; the same session under that id again records nothing more. */
    @Transactional
    public Recorded record(CurrentUser trainer, @Nullable UUID clientId, SessionInput.Session session) {
        UUID id = clientId == null ? UUID.randomUUID() : clientId;
        String hash = clientId == null ? null : Sha256.hex("session|" + session);
        if (clientId != null) {
            sessions.lockId(id.toString());
            var existing = sessions.findById(id);
            if (existing.isPresent()) {
                if (!existing.get().recordedBy().equals(trainer.id()) || !hash.equals(existing.get().requestHash())) {
                    throw idInUse();
                }
                return new Recorded(id, false);
            }
            refuseIdOfAnotherRecord(id);
        }
        sessions.save(new TrainingSessionRow(id, session.heldOn(), session.place(), session.type().name(),
                String.join(",", session.countriesVisited()), trainer.id(), clock.instant(), hash, 0));
        saveParticipants(id, session.participants());
        saveForms(id, session.evaluations());
        audit(trainer, AuditAction.CREATE, "training_session", id, "programme indicators");
        return new Recorded(id, true);
    }

    /** Evaluation forms handed in after the session was recorded (demo data and callers without a client id). */
    @Transactional
    public void addEvaluations(CurrentUser trainer, UUID sessionId, List<SessionInput.Evaluation> forms) {
        addEvaluations(trainer, sessionId, null, forms);
    }

    /**
     * Evaluation forms handed in after the session was recorded, one or a tally of many in one submit; never more forms
     * than participants. Under the client's id a resent submit adds nothing and answers false.
     */
    @Transactional
    public boolean addEvaluations(CurrentUser trainer, UUID sessionId, @Nullable UUID clientId, List<SessionInput.Evaluation> forms) {
        String hash = Sha256.hex("evaluations|" + sessionId + "|" + forms);
        if (clientId != null) {
            sessions.lockId(clientId.toString());
            var existing = batches.findById(clientId);
            if (existing.isPresent()) {
                if (!existing.get().recordedBy().equals(trainer.id()) || !existing.get().requestHash().equals(hash)) {
                    throw idInUse();
                }
                return false;
            }
            refuseIdOfAnotherRecord(clientId);
        }
        SessionView session = session(sessionId);
        if (session.evaluations().size() + forms.size() > session.participantsTotal()) {
            throw InvalidInputException.of("evaluations", "cannot outnumber the participants");
        }
        if (clientId != null) {
            batches.save(new EvaluationBatchRow(clientId, sessionId, hash, trainer.id(), clock.instant()));
        }
        saveForms(sessionId, forms);
        audit(trainer, AuditAction.CREATE, "training_evaluation", sessionId, "programme indicators");
        return true;
    }

    /**
     * Corrects a session's date, place, type, countries and participants if it is still at {@code expectedVersion};
     * a stale correction is refused with the current session, so that a concurrent edit is never overwritten. Its
     * evaluation forms stay, and the participants may not fall below their number.
     */
    @Transactional
    public SessionView correct(CurrentUser trainer, UUID id, long expectedVersion, SessionInput.Session corrected) {
        SessionView current = session(id);
        if (current.version() != expectedVersion) {
            throw stale(current);
        }
        int total = corrected.participants().stream().mapToInt(SessionInput.Participants::count).sum();
        if (total < current.evaluations().size()) {
            throw InvalidInputException.of("participants", "cannot be fewer than the evaluation forms handed in");
        }
        if (sessions.correct(id, corrected.heldOn(), corrected.place(), corrected.type().name(),
                String.join(",", corrected.countriesVisited()), expectedVersion) == 0) {
            throw stale(session(id));
        }
        participations.deleteBySessionId(id);
        saveParticipants(id, corrected.participants());
        audit(trainer, AuditAction.UPDATE, "training_session", id, "programme indicators corrected");
        return session(id);
    }

    /**
     * Deletes a session with its participants and evaluation forms; when {@code expectedVersion} is given and the session
     * changed since, the deletion is refused with the current session.
     */
    @Transactional
    public void delete(CurrentUser trainer, UUID id, @Nullable Long expectedVersion) {
        SessionView current = session(id);
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw stale(current);
        }
        evaluations.deleteBySessionId(id);
        batches.deleteBySessionId(id);
        participations.deleteBySessionId(id);
        sessions.deleteById(id);
        audit(trainer, AuditAction.PURGE, "training_session", id, "programme indicators deleted by the trainer");
    }

    public SessionView session(UUID id) {
        return sessions.findById(id).map(row -> views(List.of(row)).get(0)).orElseThrow(() -> new NotFoundException("session"));
    }

    /** Sessions held from {@code from} to {@code to} (inclusive), newest first. */
    public List<SessionView> sessions(LocalDate from, LocalDate to) {
        return views(sessions.findByHeldOnBetweenOrderByHeldOnDesc(from, to));
    }

    private List<SessionView> views(List<TrainingSessionRow> rows) {
        Set<UUID> ids = rows.stream().map(TrainingSessionRow::id).collect(java.util.stream.Collectors.toSet());
        List<ParticipationRow> people = ids.isEmpty() ? List.of() : participations.findBySessionIdIn(ids);
        List<EvaluationRow> forms = ids.isEmpty() ? List.of() : evaluations.findBySessionIdIn(ids);
        return rows.stream().map(row -> {
            List<SessionInput.Participants> counted = people.stream().filter(p -> p.sessionId().equals(row.id()))
                    .map(p -> new SessionInput.Participants(ParticipantService.valueOf(p.service()), ParticipantSex.valueOf(p.sex()), p.participants()))
                    .sorted(java.util.Comparator.comparing(SessionInput.Participants::service).thenComparing(SessionInput.Participants::sex)).toList();
            List<SessionInput.Evaluation> evaluated = forms.stream().filter(f -> f.sessionId().equals(row.id()))
                    .map(f -> new SessionInput.Evaluation(f.effectiveness(), f.substantiveValue())).toList();
            List<String> countries = row.countriesVisited().isEmpty() ? List.of() : Arrays.asList(row.countriesVisited().split(","));
            return new SessionView(row.id(), row.heldOn(), row.place(), SessionType.valueOf(row.type()), countries, counted,
                    counted.stream().mapToInt(SessionInput.Participants::count).sum(), evaluated, row.version());
        }).toList();
    }

    /** A session id may not name an evaluation submit, nor the other way round. */
    private void refuseIdOfAnotherRecord(UUID id) {
        if (sessions.existsById(id) || batches.existsById(id)) {
            throw idInUse();
        }
    }

    private void saveParticipants(UUID sessionId, List<SessionInput.Participants> participants) {
        participations.saveAll(participants.stream()
                .map(p -> new ParticipationRow(UUID.randomUUID(), sessionId, p.service().name(), p.sex().name(), p.count())).toList());
    }

    private void saveForms(UUID sessionId, List<SessionInput.Evaluation> forms) {
        evaluations.saveAll(forms.stream().map(f -> new EvaluationRow(UUID.randomUUID(), sessionId, f.effectiveness(), f.substantiveValue(),
                clock.instant())).toList());
    }

    private static ConflictException idInUse() {
        return new ConflictException("training.id-in-use", "This id was already used for a different request.");
    }

    private static ConflictException stale(SessionView current) {
        return new ConflictException("training.session-changed", "The session was changed or deleted meanwhile; reload it and edit again.",
                current);
    }

    private void audit(CurrentUser trainer, AuditAction action, String recordType, UUID id, String purpose) {
        trail.record(new AuditEvent(trainer.id(), trainer.role().name(), trainer.unitId(), trainer.organisationId(), action,
                recordType, id.toString(), purpose));
    }
}
