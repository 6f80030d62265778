package org.waymark.screening;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Question;
import org.waymark.catalogue.model.QuestionTexts;
import org.waymark.crypto.PersonalDataCipher;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.AnswerRow;
import org.waymark.screening.persistence.AnswerRows;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.AnswerWriter;
import org.waymark.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The walk-through: what to ask next, and saving an answer at once under optimistic locking. */
@Singleton
public class Walkthrough {

    private static final int QUESTIONS_AHEAD = 3;

    private final AnswerRows answers;
    private final AnswerWriter writer;
    private final RecentScreenings recent;
    private final ScreeningReader reader;
    private final ScreeningAudit audit;
    private final PersonalDataCipher cipher;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final BeanProvider<PracticeScripts> practice; // lazily: a practice screening runs on this walk-through

    Walkthrough(AnswerRows answers, AnswerWriter writer, RecentScreenings recent, ScreeningReader reader, ScreeningAudit audit,
                PersonalDataCipher cipher, TransactionOperations<Connection> transactions, Clock clock, BeanProvider<PracticeScripts> practice) {
        this.practice = practice;
        this.answers = answers;
        this.writer = writer;
        this.recent = recent;
        this.reader = reader;
        this.audit = audit;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    public NextQuestions next(CurrentUser officer, UUID id, String officerLanguage) {
        ScreeningRow row = reader.row(id, officer.unitId());
        Catalogue catalogue = reader.catalogueOf(row);
        String language = catalogue.officerLanguages().contains(officerLanguage) ? officerLanguage : catalogue.officerLanguages().get(0);
        Map<String, Answer> answered = reader.answersOf(id);
        List<String> applicable = checklist(catalogue, row).applicableQuestions(answered);
        List<NextQuestions.Question> next = applicable.stream().filter(q -> !answered.containsKey(q)).limit(QUESTIONS_AHEAD)
                .map(q -> question(catalogue, q, language, row.intervieweeLanguage())).toList();
        int done = (int) applicable.stream().filter(answered::containsKey).count();
        return new NextQuestions(id, row.version(), next.isEmpty(), done, applicable.size(), next);
    }

    /**
     * The walk-through as a page shows it: the question {@code questionId} when the officer went back to one
     * (it must apply), else the next open question, and the answered question before it for "back".
     */
    public WalkState state(CurrentUser officer, UUID id, @Nullable String questionId, String officerLanguage) {
        ScreeningRow row = reader.row(id, officer.unitId());
        Catalogue catalogue = reader.catalogueOf(row);
        String language = catalogue.officerLanguages().contains(officerLanguage) ? officerLanguage : catalogue.officerLanguages().get(0);
        Map<String, Answer> answered = reader.answersOf(id);
        List<String> applicable = checklist(catalogue, row).applicableQuestions(answered);
        String shown = questionId != null && applicable.contains(questionId) ? questionId
                : applicable.stream().filter(q -> !answered.containsKey(q)).findFirst().orElse(null);
        int position = shown == null ? applicable.size() : applicable.indexOf(shown);
        String previous = position > 0 ? applicable.get(position - 1) : null;
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answered.forEach((question, answer) -> answers.put(question, answer.name()));
        return new WalkState(id, row.status(), row.version(), row.catalogueId(), row.catalogueVersion(),
                row.checklistId(), row.intervieweeLanguage(),
                applicable, answers, shown == null ? null : question(catalogue, shown, language, row.intervieweeLanguage()), previous,
                answerLines(catalogue, applicable, answered, language), row.training());
    }

    /** Each answered question that still applies, with what its answer counts as. */
    private static List<WalkState.AnswerLine> answerLines(Catalogue catalogue, List<String> applicable, Map<String, Answer> answered,
                                                          String language) {
        return applicable.stream().filter(answered::containsKey).map(id -> {
            Question question = catalogue.question(id).orElseThrow();
            Answer answer = answered.get(id);
            String countsAs = question.evidences(answer) ? "present" : question.rulesOut(answer) ? "ruled-out" : "open";
            String prompt = catalogue.texts().get(language).questions().get(id).prompt().orElse(id);
            return new WalkState.AnswerLine(id, prompt, answer.name(), countsAs);
        }).toList();
    }

    /**
     * Saves one answer and bumps the version, if the client's version is current, and returns the live
     * assessment. Repeating an answer that is already stored changes nothing and succeeds (a retried
     * request). A stale version is a conflict carrying the current state; nothing is overwritten.
     * When this instance saved the screening's previous answer it needs no read: the write itself checks the version.
     */
    public AnswerSaved answer(CurrentUser officer, UUID id, String questionId, RecordAnswer command) {
        practice.get().refuseTyped(officer, id, "note", command.note() != null && !command.note().isBlank());
        Optional<ScreeningSnapshot> known = recent.at(id, officer.unitId(), command.expectedVersion())
                .filter(snapshot -> !snapshot.hasAnswer(questionId, command.answer())); // the same answer again: is it a retry?
        if (known.isPresent()) {
            requireQuestion(reader.catalogueOf(known.get()), known.get().checklistId(), questionId);
            Optional<AnswerSaved> saved = save(officer, known.get(), questionId, command);
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return answerAsStored(officer, id, questionId, command);
    }

    /**
     * Decides the answer from the stored screening — its version, status and answers (with their notes) as they are now —
     * by asking the {@link Screening}, and writes what it allows.
     */
    private AnswerSaved answerAsStored(CurrentUser officer, UUID id, String questionId, RecordAnswer command) {
        Stored stored = read(id, officer.unitId());
        ScreeningRow row = stored.row();
        Screening screening = stored.screening();
        screening.requireChangeable();
        requireQuestion(reader.catalogueOf(row), row.checklistId(), questionId);
        ScreeningSnapshot snapshot = ScreeningSnapshot.of(row, screening.answers());
        if (screening.status() == ScreeningStatus.IN_PROGRESS) {
            recent.remember(snapshot); // the next answer at this version needs no read
        }
        if (screening.recordAnswer(questionId, command.answer(), command.expectedVersion(),
                () -> sameNote(stored.answers(), questionId, command, row)) == Screening.Answering.ALREADY_RECORDED) {
            return new AnswerSaved(id, row.version(), questionId, command.answer().name(), reader.assess(snapshot));
        }
        return save(officer, snapshot, questionId, command)
                .orElseThrow(() -> read(id, officer.unitId()).screening().changedSince(command.expectedVersion(), "nothing was saved"));
    }

    /**
     * Writes the answer (to a question of the checklist: the caller checked) if the screening is still at the snapshot's
     * version; empty (nothing written) if it is not.
     */
    private Optional<AnswerSaved> save(CurrentUser officer, ScreeningSnapshot snapshot, String questionId, RecordAnswer command) {
        UUID id = snapshot.id();
        byte[] note = null;
        if (command.note() != null && !command.note().isBlank()) {
            byte[] recordId = ScreeningReader.recordId(id);
            PersonalDataCipher.DataKey key = cipher.unwrap(snapshot.wrappedKey(), recordId);
            try {
                note = cipher.encrypt(key, command.note().getBytes(StandardCharsets.UTF_8), recordId);
            } finally {
                Arrays.fill(key.key(), (byte) 0);
            }
        }
        boolean saved = writer.write(new AnswerWriter.Write(id, snapshot.unitId(), snapshot.version(), questionId, command.answer().name(),
                note, clock.instant(), officer.id(), audit.capture(officer, AuditAction.UPDATE, id, "answer", snapshot.training())));
        if (!saved) {
            recent.forget(id);
            return Optional.empty();
        }
        ScreeningSnapshot next = snapshot.with(questionId, command.answer());
        recent.remember(next);
        return Optional.of(new AnswerSaved(id, next.version(), questionId, command.answer().name(), reader.assess(next)));
    }

    private Stored read(UUID id, UUID unitId) {
        return transactions.executeRead(status -> new Stored(reader.row(id, unitId), answers.findByScreening(id)));
    }

    /** A screening and its answers as stored, read in one transaction. */
    private record Stored(ScreeningRow row, List<AnswerRow> answers) {

        Screening screening() {
            Map<String, Answer> answered = new LinkedHashMap<>();
            answers.forEach(a -> answered.put(a.questionId(), Answer.valueOf(a.answer())));
            return ScreeningReader.screening(row, answered);
        }
    }

    private static void requireQuestion(Catalogue catalogue, String checklistId, String questionId) {
        if (catalogue.checklist(checklistId).orElseThrow().items().stream().noneMatch(item -> item.question().equals(questionId))) {
            throw InvalidInputException.of("questionId", "is not a question of the checklist '" + checklistId + "'");
        }
    }

    /** Whether the note stored with the answer to {@code questionId} (the same answer: the caller checked) is the command's. */
    private boolean sameNote(List<AnswerRow> stored, String questionId, RecordAnswer command, ScreeningRow row) {
        Optional<AnswerRow> existing = stored.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
        if (existing.isEmpty()) {
            return false;
        }
        String newNote = command.note() == null || command.note().isBlank() ? null : command.note();
        if (existing.get().note() == null || newNote == null) {
            return existing.get().note() == null && newNote == null;
        }
        byte[] recordId = ScreeningReader.recordId(row.id());
        PersonalDataCipher.DataKey key = cipher.unwrap(row.wrappedKey(), recordId);
        try {
            return newNote.equals(new String(cipher.decrypt(key, existing.get().note(), recordId), StandardCharsets.UTF_8));
        } finally {
            Arrays.fill(key.key(), (byte) 0);
        }
    }

    private static Checklist checklist(Catalogue catalogue, ScreeningRow row) {
        return catalogue.checklist(row.checklistId()).orElseThrow();
    }

    static NextQuestions.Question question(Catalogue catalogue, String id, String officerLanguage, String intervieweeLanguage) {
        Question question = catalogue.question(id).orElseThrow();
        Optional<Indicator> indicator = question.indicators().stream().findFirst().flatMap(catalogue::indicator);
        QuestionTexts officer = catalogue.texts().get(officerLanguage).questions().get(id);
        boolean observation = question.audience() == Question.Audience.OFFICER;
        List<String> toPerson = observation ? List.of() : catalogue.texts().get(intervieweeLanguage).questions().get(id).questions();
        return new NextQuestions.Question(id, indicator.map(Indicator::dimension).orElse(null),
                indicator.map(i -> i.phase().name().toLowerCase(Locale.ROOT)).orElse(null), officerLanguage,
                officer.prompt().orElse(null), officer.help().orElse(null), intervieweeLanguage, toPerson,
                question.audience().name().toLowerCase(Locale.ROOT), question.presentWhen().name());
    }
}
