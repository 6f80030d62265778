package org.waymark.screening;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.QuestionTexts;
import org.waymark.crypto.PersonalDataCipher;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.AnswerRow;
import org.waymark.screening.persistence.AnswerRows;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The walk-through: what to ask next, and saving an answer at once under optimistic locking. */
@Singleton
public class Walkthrough {

    private static final int QUESTIONS_AHEAD = 3;

    private final ScreeningRows rows;
    private final AnswerRows answers;
    private final ScreeningReader reader;
    private final ScreeningAudit audit;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    Walkthrough(ScreeningRows rows, AnswerRows answers, ScreeningReader reader, ScreeningAudit audit, PersonalDataCipher cipher, Clock clock) {
        this.rows = rows;
        this.answers = answers;
        this.reader = reader;
        this.audit = audit;
        this.cipher = cipher;
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
        return new WalkState(id, ScreeningStatus.valueOf(row.status()), row.version(), row.catalogueId(), row.catalogueVersion(),
                row.checklistId(), row.intervieweeLanguage(),
                applicable, answers, shown == null ? null : question(catalogue, shown, language, row.intervieweeLanguage()), previous);
    }

    /**
     * Saves one answer and bumps the version, if the client's version is current, and returns the live
     * assessment. Repeating an answer that is already stored changes nothing and succeeds (a retried
     * request). A stale version is a conflict carrying the current state; nothing is overwritten.
     */
    @Transactional
    public AnswerSaved answer(CurrentUser officer, UUID id, String questionId, RecordAnswer command) {
        ScreeningRow row = reader.rowForChange(id, officer.unitId());
        Catalogue catalogue = reader.catalogueOf(row);
        if (checklist(catalogue, row).items().stream().noneMatch(item -> item.question().equals(questionId))) {
            throw InvalidInputException.of("questionId", "is not a question of the checklist '" + row.checklistId() + "'");
        }
        if (ScreeningStatus.valueOf(row.status()) == ScreeningStatus.COMPLETED) {
            throw new ConflictException("screening.completed", "The screening is completed; reopen it with a reason to change answers.",
                    reader.state(row));
        }
        List<AnswerRow> stored = answers.findByScreening(id);
        Map<String, Answer> answered = new java.util.LinkedHashMap<>();
        stored.forEach(a -> answered.put(a.questionId(), Answer.valueOf(a.answer())));
        byte[] recordId = ScreeningReader.recordId(id);
        PersonalDataCipher.DataKey key = cipher.unwrap(row.wrappedKey(), recordId);
        try {
            if (isAlreadyStored(stored, questionId, command, key, recordId)) {
                return new AnswerSaved(id, row.version(), questionId, command.answer().name(), reader.assess(row, answered));
            }
            if (rows.touch(id, officer.unitId(), command.expectedVersion(), clock.instant()) == 0) {
                throw new ConflictException("screening.stale-version",
                        "The screening changed since version " + command.expectedVersion() + "; nothing was saved.", reader.state(row));
            }
            byte[] note = command.note() == null || command.note().isBlank() ? null
                    : cipher.encrypt(key, command.note().getBytes(StandardCharsets.UTF_8), recordId);
            answers.upsert(id, questionId, command.answer().name(), note, clock.instant(), officer.id());
            answered.put(questionId, command.answer());
            AnswerSaved saved = new AnswerSaved(id, command.expectedVersion() + 1, questionId, command.answer().name(), reader.assess(row, answered));
            audit.record(officer, AuditAction.UPDATE, id, "answer");
            return saved;
        } finally {
            Arrays.fill(key.key(), (byte) 0);
        }
    }

    private boolean isAlreadyStored(List<AnswerRow> stored, String questionId, RecordAnswer command, PersonalDataCipher.DataKey key,
                                    byte[] recordId) {
        Optional<AnswerRow> existing = stored.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
        if (existing.isEmpty() || !existing.get().answer().equals(command.answer().name())) {
            return false;
        }
        String storedNote = existing.get().note() == null ? null : new String(cipher.decrypt(key, existing.get().note(), recordId), StandardCharsets.UTF_8);
        String newNote = command.note() == null || command.note().isBlank() ? null : command.note();
        return Objects.equals(storedNote, newNote);
    }

    private static Checklist checklist(Catalogue catalogue, ScreeningRow row) {
        return catalogue.checklist(row.checklistId()).orElseThrow();
    }

    private static NextQuestions.Question question(Catalogue catalogue, String id, String officerLanguage, String intervieweeLanguage) {
        Optional<Indicator> indicator = catalogue.indicator(id);
        QuestionTexts officer = catalogue.texts().get(officerLanguage).questions().get(id);
        QuestionTexts interviewee = catalogue.texts().get(intervieweeLanguage).questions().get(id);
        return new NextQuestions.Question(id, indicator.map(Indicator::dimension).orElse(null),
                indicator.map(i -> i.phase().name().toLowerCase(Locale.ROOT)).orElse(null), officerLanguage,
                officer.prompt().orElse(null), officer.help().orElse(null), intervieweeLanguage, interviewee.questions());
    }
}
