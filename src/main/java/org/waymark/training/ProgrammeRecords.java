package org.waymark.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.security.CurrentUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
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
 * record a trainer adds is on the audit trail with the trainer as actor; nothing here names a participant.
 */
@Singleton
public class ProgrammeRecords {

    private final TrainingSessionRows sessions;
    private final ParticipationRows participations;
    private final EvaluationRows evaluations;
    private final AuditTrail trail;
    private final Clock clock;

    ProgrammeRecords(TrainingSessionRows sessions, ParticipationRows participations, EvaluationRows evaluations, AuditTrail trail,
                     Clock clock) {
        this.sessions = sessions;
        this.participations = participations;
        this.evaluations = evaluations;
        this.trail = trail;
        this.clock = clock;
    }

    /** A session with its participants and the number of evaluation forms. */
    @io.micronaut.serde.annotation.Serdeable
    public record SessionView(UUID id, LocalDate heldOn, String place, SessionType type, List<String> countriesVisited,
                              List<SessionInput.Participants> participants, int participantsTotal, List<SessionInput.Evaluation> evaluations) {
    }

    @Transactional
    public UUID record(CurrentUser trainer, SessionInput.Session session) {
        UUID id = UUID.randomUUID();
        sessions.save(new TrainingSessionRow(id, session.heldOn(), session.place(), session.type().name(),
                String.join(",", session.countriesVisited()), trainer.id(), clock.instant()));
        participations.saveAll(session.participants().stream()
                .map(p -> new ParticipationRow(UUID.randomUUID(), id, p.service().name(), p.sex().name(), p.count())).toList());
        saveForms(id, session.evaluations());
        audit(trainer, "training_session", id);
        return id;
    }

    /** Evaluation forms handed in after the session was recorded; never more forms than participants. */
    @Transactional
    public void addEvaluations(CurrentUser trainer, UUID sessionId, List<SessionInput.Evaluation> forms) {
        SessionView session = session(sessionId);
        if (session.evaluations().size() + forms.size() > session.participantsTotal()) {
            throw InvalidInputException.of("evaluations", "cannot outnumber the participants");
        }
        saveForms(sessionId, forms);
        audit(trainer, "training_evaluation", sessionId);
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
                    counted.stream().mapToInt(SessionInput.Participants::count).sum(), evaluated);
        }).toList();
    }

    private void saveForms(UUID sessionId, List<SessionInput.Evaluation> forms) {
        evaluations.saveAll(forms.stream().map(f -> new EvaluationRow(UUID.randomUUID(), sessionId, f.effectiveness(), f.substantiveValue(),
                clock.instant())).toList());
    }

    private void audit(CurrentUser trainer, String recordType, UUID id) {
        trail.record(new AuditEvent(trainer.id(), trainer.role().name(), trainer.unitId(), trainer.organisationId(), AuditAction.CREATE,
                recordType, id.toString(), "programme indicators"));
    }
}
