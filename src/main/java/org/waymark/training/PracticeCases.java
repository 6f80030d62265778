package org.waymark.training;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Question;
import org.waymark.catalogue.model.QuestionTexts;
import org.waymark.identity.security.CurrentUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Sha256;
import org.waymark.training.persistence.PracticeCaseRow;
import org.waymark.training.persistence.PracticeCaseRows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Practice cases kept by trainers: writing one, revising it (each revision kept, the newest is the case), reading them,
 * and which replies must be redone when the catalogue has a newer version. Every write is audited with the trainer as actor.
 */
@Singleton
public class PracticeCases {

    private final PracticeCaseRows rows;
    private final CatalogueLibrary catalogues;
    private final JsonMapper json;
    private final AuditTrail trail;
    private final Clock clock;

    PracticeCases(PracticeCaseRows rows, CatalogueLibrary catalogues, JsonMapper json, AuditTrail trail, Clock clock) {
        this.rows = rows;
        this.catalogues = catalogues;
        this.json = json;
        this.trail = trail;
        this.clock = clock;
    }

    /** The case and whether this call wrote it (false: a retry of the request that did). */
    public record Created(PracticeCase practiceCase, boolean created) {
    }

    /**
     * Writes a new case (its first revision); refused as a whole, naming every bad field, if any is. Under the client's
     * id ({@link PracticeCaseInput#id()}) the same case sent again writes nothing and answers the case as it now is; the
     * same id with another case is a conflict.
     */
    @Transactional
    public Created create(CurrentUser trainer, PracticeCaseInput input) {
        UUID clientId = SessionInput.clientId(input.id());
        if (clientId == null) {
            return new Created(write(trainer, UUID.randomUUID(), 1, input, AuditAction.CREATE, null), true);
        }
        String hash = Sha256.hex("practice-case|" + input.withoutId());
        rows.lockId(clientId.toString());
        Optional<PracticeCaseRow> first = rows.findByCaseIdAndRevision(clientId, 1);
        if (first.isPresent()) {
            if (!first.get().writtenBy().equals(trainer.id()) || !hash.equals(first.get().requestHash())) {
                throw new ConflictException("training.id-in-use", "This id was already used for a different request.");
            }
            return new Created(find(clientId), false);
        }
        return new Created(write(trainer, clientId, 1, input, AuditAction.CREATE, hash), true);
    }

    /**
     * Writes the next revision of a case, for instance against a newer catalogue version. One revision of a case at a
     * time (its id's lock), and a revision sent again — the newest already is exactly this, by this trainer — writes
     * nothing and answers the case as it is.
     */
    @Transactional
    public PracticeCase revise(CurrentUser trainer, UUID caseId, PracticeCaseInput input) {
        rows.lockId(caseId.toString());
        PracticeCaseRow current = newest(caseId);
        String hash = Sha256.hex("practice-case|" + input.withoutId());
        if (hash.equals(current.requestHash()) && current.writtenBy().equals(trainer.id())) {
            return view(current);
        }
        return write(trainer, caseId, current.revision() + 1, input, AuditAction.UPDATE, hash);
    }

    public PracticeCase find(UUID caseId) {
        return view(newest(caseId));
    }

    /** Every case at its newest revision, by title. */
    public List<PracticeCase> all() {
        Set<UUID> seen = new java.util.HashSet<>();
        return rows.findAllOrderByRevisionDesc().stream().filter(row -> seen.add(row.caseId()))
                .sorted(java.util.Comparator.comparing(PracticeCaseRow::title)).map(this::view).toList();
    }

    /** The catalogue version a case is written against. */
    public Catalogue catalogueOf(PracticeCase practice) {
        return catalogues.find(practice.catalogue(), practice.catalogueVersion()).orElseThrow();
    }

    /** The stored revision a practice screening runs on. */
    PracticeCase revision(UUID rowId) {
        return view(rows.findById(rowId).orElseThrow(() -> new NotFoundException("practice case")));
    }

    PracticeCaseRow newest(UUID caseId) {
        return rows.findFirstByCaseIdOrderByRevisionDesc(caseId).orElseThrow(() -> new NotFoundException("practice case"));
    }

    private PracticeCase write(CurrentUser trainer, UUID caseId, int revision, PracticeCaseInput input, AuditAction action,
                               String requestHash) {
        Catalogue catalogue = input.check(catalogues);
        PracticeCaseRow row = new PracticeCaseRow(UUID.randomUUID(), caseId, revision, input.title().strip(), catalogue.id(), catalogue.version(),
                input.checklist(), input.intervieweeLanguage(), write(input.start()), input.narrative().strip(),
                input.observations() == null ? "" : input.observations().strip(), write(input.expected()), write(input.replies()),
                trainer.id(), clock.instant(), requestHash);
        rows.save(row);
        trail.record(new AuditEvent(trainer.id(), trainer.role().name(), trainer.unitId(), trainer.organisationId(), action,
                "practice_case", caseId.toString(), "practice case revision " + revision));
        return view(row);
    }

    PracticeCase view(PracticeCaseRow row) {
        try {
            List<PracticeCase.Reply> replies = json.readValue(row.script(), Argument.listOf(PracticeCase.Reply.class));
            Catalogue written = catalogues.find(row.catalogueId(), row.catalogueVersion()).orElseThrow();
            Optional<Catalogue> newest = catalogues.latest(row.catalogueId()).filter(c -> !c.version().equals(row.catalogueVersion()));
            return new PracticeCase(row.caseId(), row.revision(), row.title(), row.catalogueId(), row.catalogueVersion(), row.checklistId(),
                    row.intervieweeLanguage(), json.readValue(row.startProfile(), PracticeCase.Start.class), row.narrative(), row.observations(),
                    json.readValue(row.expectedOutcome(), PracticeCase.Expected.class), replies,
                    newest.map(Catalogue::version).orElse(null),
                    newest.map(n -> redo(written, n, row.checklistId(), row.intervieweeLanguage(), replies)).orElse(List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The questions whose replies must be written again for {@code newer}: a scripted question that is reworded (in the
     * person's language, or for an observation in the officer's words) or no longer in the checklist, and a question
     * the checklist gained.
     */
    static List<String> redo(Catalogue written, Catalogue newer, String checklistId, String language, List<PracticeCase.Reply> replies) {
        Set<String> before = questions(written, checklistId);
        Set<String> after = questions(newer, checklistId);
        Set<String> redo = new LinkedHashSet<>();
        for (PracticeCase.Reply reply : replies) {
            String id = reply.questionId();
            if (!after.contains(id) || !Objects.equals(words(written, id, language), words(newer, id, language))) {
                redo.add(id);
            }
        }
        after.stream().filter(id -> !before.contains(id)).forEach(redo::add);
        return new ArrayList<>(redo);
    }

    private static Set<String> questions(Catalogue catalogue, String checklistId) {
        Set<String> ids = new LinkedHashSet<>();
        catalogue.checklist(checklistId).ifPresent(c -> c.items().forEach(item -> ids.add(item.question())));
        return ids;
    }

    private static Object words(Catalogue catalogue, String questionId, String language) {
        Optional<Question> question = catalogue.question(questionId);
        if (question.isEmpty()) {
            return null;
        }
        if (question.get().audience() == Question.Audience.OFFICER) {
            QuestionTexts officer = catalogue.texts().get(catalogue.officerLanguages().get(0)).questions().get(questionId);
            return officer == null ? null : officer.prompt().orElse(null);
        }
        var texts = catalogue.texts().get(language);
        QuestionTexts heard = texts == null ? null : texts.questions().get(questionId);
        return heard == null ? null : heard.questions();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
