package org.waymark.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.scoring.Assessment;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Exploitation;
import org.waymark.screening.PracticeScripts;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Screenings;
import org.waymark.screening.Sex;
import org.waymark.screening.StartScreening;
import org.waymark.screening.WalkState;
import org.waymark.screening.Walkthrough;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.training.persistence.PracticeCaseRow;
import org.waymark.training.persistence.PracticeScreeningRow;
import org.waymark.training.persistence.PracticeScreeningRows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Practice screenings: a case run through the real walk-through as a screening with the training flag (so it never
 * reaches statistics or a referral), without personal data. The trainee hears the scripted reply only to a question
 * they ask; once it is completed the feedback sets their answers and the engine's result against the case's. Its own acts
 * are audited as {@code practice_screening} with the purpose "practice"; the walk-through's acts on it are recorded as
 * {@code practice_screening} too (with their own purposes), apart from real screenings.
 */
@Singleton
public class PracticeScreenings implements PracticeScripts {

    static final String PURPOSE = "practice";

    private final PracticeCases cases;
    private final PracticeScreeningRows rows;
    private final Screenings screenings;
    private final Walkthrough walkthrough;
    private final AuditTrail trail;

    PracticeScreenings(PracticeCases cases, PracticeScreeningRows rows, Screenings screenings, Walkthrough walkthrough, AuditTrail trail) {
        this.cases = cases;
        this.rows = rows;
        this.screenings = screenings;
        this.walkthrough = walkthrough;
        this.trail = trail;
    }

    /** The scripted reply the trainee heard to one question, with its gloss ({@code reply} empty when the case scripts none). */
    @Serdeable
    public record Heard(String questionId, @Nullable String reply, @Nullable String gloss) {
    }

    /** One question of the walk-through in the feedback: what the trainee recorded (null if not), what the case expects. */
    @Serdeable
    public record AnswerCheck(String questionId, @Nullable String recorded, @Nullable String expected, boolean asked, boolean matches,
                              @Nullable String teachingNote) {
    }

    /**
     * The feedback on a practice screening. {@code skippedThatMattered}: questions of the case's checklist that apply, never asked,
     * whose answer could change the result (in checklist order).
     */
    @Serdeable
    public record Feedback(UUID screening, UUID caseId, int caseRevision, String title, String riskLevel, String expectedRiskLevel,
                           boolean trafficking, boolean expectedTrafficking, boolean forcedLabour, boolean expectedForcedLabour,
                           boolean outcomeMatches, List<AnswerCheck> answers, List<AnswerCheck> skippedThatMattered) {
    }

    /** One of the user's own practice runs: the case's title, when it started, and whether it is completed (its feedback then open). */
    @Serdeable
    public record Run(UUID screening, String title, Instant startedAt, boolean completed) {
    }

    /** The practice screenings the user started, newest first (an officer's colleagues' runs are theirs, not listed). */
    public List<Run> runs(CurrentUser user) {
        Map<UUID, ScreeningView.Summary> ofUnit = new HashMap<>();
        screenings.list(user).forEach(s -> ofUnit.put(s.id(), s));
        return rows.findAllStartedBy(user.id()).stream().filter(r -> ofUnit.containsKey(r.screeningId())).map(r -> {
            ScreeningView.Summary summary = ofUnit.get(r.screeningId());
            return new Run(r.screeningId(), cases.revision(r.caseRowId()).title(), summary.createdAt(), summary.status() == ScreeningStatus.COMPLETED);
        }).toList();
    }

    /** Starts a practice screening on the newest revision of a case, in the officer's unit; returns the screening id. */
    @Transactional
    public UUID start(CurrentUser officer, UUID caseId) {
        if (officer.unitId() == null) {
            throw InvalidInputException.of("unit", "a practice screening runs in the officer's unit; this account has none");
        }
        PracticeCaseRow row = cases.newest(caseId);
        PracticeCase practice = cases.view(row);
        UUID id = UUID.randomUUID();
        PracticeCase.Start start = practice.start();
        screenings.start(officer, new StartScreening(id, practice.catalogue(), practice.catalogueVersion(), practice.checklist(),
                practice.intervieweeLanguage(), false, null, PlaceType.valueOf(start.placeType()), Exploitation.valueOf(start.exploitation()),
                AgeBand.valueOf(start.ageBand()), Sex.valueOf(start.sex()), null, null, null, null, true));
        rows.save(new PracticeScreeningRow(id, row.id(), ""));
        audit(officer, AuditAction.CREATE, id);
        return id;
    }

    /** The case a practice screening of the officer's unit runs on. */
    public PracticeCase caseOf(CurrentUser officer, UUID screeningId) {
        walkthrough.state(officer, screeningId, null, "en"); // the screening must be the officer's unit's
        return cases.revision(practice(officer, screeningId).caseRowId());
    }

    /** The trainee asks a question that applies now: the asking is kept and the scripted reply returned. */
    @Transactional
    public Heard ask(CurrentUser officer, UUID screeningId, String questionId) {
        WalkState state = walkthrough.state(officer, screeningId, null, "en");
        if (!state.applicable().contains(questionId)) {
            throw InvalidInputException.of("questionId", "is not a question this walk-through asks now");
        }
        PracticeScreeningRow row = practice(officer, screeningId);
        List<String> asked = asked(row);
        if (!asked.contains(questionId)) {
            asked.add(questionId);
            rows.update(new PracticeScreeningRow(screeningId, row.caseRowId(), String.join(",", asked)));
        }
        return heard(cases.revision(row.caseRowId()), questionId);
    }

    /** The replies heard so far, in the order asked: never one to a question the trainee did not ask. */
    public List<Heard> heard(CurrentUser officer, UUID screeningId) {
        walkthrough.state(officer, screeningId, null, "en");
        PracticeScreeningRow row = practice(officer, screeningId);
        PracticeCase practice = cases.revision(row.caseRowId());
        return asked(row).stream().map(q -> heard(practice, q)).toList();
    }

    /**
     * The trainee's answers and the engine's result against the case's, the decisive questions skipped, the teaching notes.
     * Only once the practice screening is completed: before, it would give away the case's answers mid-walk.
     */
    @Transactional
    public Feedback feedback(CurrentUser officer, UUID screeningId) {
        WalkState state = walkthrough.state(officer, screeningId, null, "en");
        PracticeScreeningRow row = practice(officer, screeningId); // another trainee's run: not found, before anything else
        if (state.status() != ScreeningStatus.COMPLETED) {
            throw new ConflictException("practice.not-finished", "the feedback opens once the practice screening is completed");
        }
        PracticeCase practice = cases.revision(row.caseRowId());
        Assessment assessment = screenings.assessment(officer, screeningId);
        List<String> asked = asked(row);
        List<AnswerCheck> answers = state.applicable().stream().map(q -> check(practice, state, asked, q)).toList();
        // the engine tries the whole catalogue; the trainee could ask only the questions of the case's checklist that apply
        List<AnswerCheck> skipped = state.applicable().stream().filter(q -> assessment.couldChange().contains(q) && !asked.contains(q))
                .map(q -> check(practice, state, asked, q)).toList();
        PracticeCase.Expected expected = practice.expected();
        boolean outcomeMatches = assessment.riskLevel().name().equals(expected.riskLevel())
                && assessment.traffickingIndicated() == expected.trafficking() && assessment.forcedLabour().indicated() == expected.forcedLabour();
        audit(officer, AuditAction.READ, screeningId);
        return new Feedback(screeningId, practice.id(), practice.revision(), practice.title(), assessment.riskLevel().name(), expected.riskLevel(),
                assessment.traffickingIndicated(), expected.trafficking(), assessment.forcedLabour().indicated(), expected.forcedLabour(),
                outcomeMatches, answers, skipped);
    }

    private static AnswerCheck check(PracticeCase practice, WalkState state, List<String> asked, String questionId) {
        String recorded = state.answers().get(questionId);
        var reply = practice.reply(questionId);
        String expected = reply.map(PracticeCase.Reply::answer).orElse(null);
        return new AnswerCheck(questionId, recorded, expected, asked.contains(questionId), recorded != null && recorded.equals(expected),
                reply.map(PracticeCase.Reply::teachingNote).orElse(null));
    }

    private static Heard heard(PracticeCase practice, String questionId) {
        var reply = practice.reply(questionId);
        return new Heard(questionId, reply.map(PracticeCase.Reply::reply).orElse(null), reply.map(PracticeCase.Reply::gloss).orElse(null));
    }

    /** For the walk-through pages: the brief and the replies heard, when the screening is a practice one. */
    @Override
    public Optional<Script> script(CurrentUser officer, UUID screeningId) {
        Optional<PracticeScreeningRow> row = find(officer, screeningId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        PracticeCase practice = caseOf(officer, screeningId);
        Map<String, Reply> heard = new LinkedHashMap<>();
        asked(row.get()).forEach(q -> heard.put(q, new Reply(practice.reply(q).map(PracticeCase.Reply::reply).orElse(null),
                practice.reply(q).map(PracticeCase.Reply::gloss).orElse(null))));
        return Optional.of(new Script(practice.title(), practice.observations(), heard));
    }

    /** A practice screening; for a trainee only one they started (all trainees practise in the one practice unit). */
    private PracticeScreeningRow practice(CurrentUser user, UUID screeningId) {
        return find(user, screeningId).orElseThrow(() -> new NotFoundException("practice screening"));
    }

    private Optional<PracticeScreeningRow> find(CurrentUser user, UUID screeningId) {
        return user.role() == Role.TRAINEE ? rows.findStartedBy(screeningId, user.id()) : rows.findById(screeningId);
    }

    private static List<String> asked(PracticeScreeningRow row) {
        return row.asked().isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(row.asked().split(",")));
    }

    private void audit(CurrentUser officer, AuditAction action, UUID screeningId) {
        trail.record(new AuditEvent(officer.id(), officer.role().name(), officer.unitId(), officer.organisationId(), action,
                "practice_screening", screeningId.toString(), PURPOSE));
    }
}
