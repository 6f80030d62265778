package org.waymark.training;

import org.junit.jupiter.api.Test;
import org.waymark.catalogue.CatalogueFiles;
import org.waymark.catalogue.CatalogueReader;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.QuestionTexts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which scripted replies of a practice case must be redone for a newer catalogue version ({@link PracticeCases#redo}),
 * without a database: the published 2.0.0 against a copy of it with one thing changed, as a 2.0.1 would change it.
 */
class PracticeCaseRedoTest {

    private static final Catalogue WRITTEN = CatalogueReader.read(CatalogueFiles.directory(Path.of("indicators-catalogue")),
            "waymark-indicators", "2.0.0");
    private static final String DOCUMENTS = "q.d5.documents-kept";
    private static final String FOUND_WORK = "q.act.found-work";
    private static final String SPEAKS_FOR_THEM = "o.speaks-for-them";
    private static final List<PracticeCase.Reply> REPLIES = List.of(reply(DOCUMENTS), reply(FOUND_WORK), reply(SPEAKS_FOR_THEM));

    @Test
    void aNewerVersionWithTheSameQuestionsAndWordsNeedsNoReplyRedone() {
        assertThat(PracticeCases.redo(WRITTEN, newer(WRITTEN.texts(), WRITTEN.checklists()), "triage", "uk", REPLIES)).isEmpty();
    }

    @Test
    void aQuestionThatKeepsItsIdButIsAskedInOtherWordsInThePersonsLanguageMustBeRedone() {
        Catalogue reworded = reworded("uk", DOCUMENTS, t -> asked("Хто зберігає ваш паспорт?"));

        assertThat(WRITTEN.question(DOCUMENTS)).isPresent();
        assertThat(reworded.question(DOCUMENTS)).as("the id is kept").isPresent();
        assertThat(PracticeCases.redo(WRITTEN, reworded, "triage", "uk", REPLIES)).containsExactly(DOCUMENTS);
    }

    @Test
    void aQuestionRewordedOnlyInAnotherLanguageOfThePersonNeedsNoRedo() {
        Catalogue reworded = reworded("ru", DOCUMENTS, t -> asked("Кто хранит ваш паспорт?"));

        assertThat(PracticeCases.redo(WRITTEN, reworded, "triage", "uk", REPLIES)).isEmpty();
        assertThat(PracticeCases.redo(WRITTEN, reworded, "triage", "ru", REPLIES)).containsExactly(DOCUMENTS);
    }

    @Test
    void anObservationRewordedInTheOfficersWordsMustBeRedone() {
        Catalogue reworded = reworded(WRITTEN.officerLanguages().get(0), SPEAKS_FOR_THEM,
                t -> new QuestionTexts(Optional.of("Someone else answers every question for the person."), t.help(), t.questions()));

        assertThat(PracticeCases.redo(WRITTEN, reworded, "triage", "uk", REPLIES)).containsExactly(SPEAKS_FOR_THEM);
    }

    @Test
    void aQuestionTheChecklistDroppedAndOneItGainedMustBeRedone() {
        Checklist triage = WRITTEN.checklist("triage").orElseThrow();
        Checklist full = WRITTEN.checklists().stream().filter(c -> !c.id().equals("triage")).findFirst().orElseThrow();
        String gained = full.items().stream().map(Checklist.Item::question)
                .filter(q -> triage.items().stream().noneMatch(i -> i.question().equals(q))).findFirst().orElseThrow();
        List<Checklist.Item> items = new ArrayList<>(triage.items().stream().filter(i -> !i.question().equals(FOUND_WORK)).toList());
        items.add(full.items().stream().filter(i -> i.question().equals(gained)).findFirst().orElseThrow());
        List<Checklist> checklists = WRITTEN.checklists().stream()
                .map(c -> c.id().equals("triage") ? new Checklist("triage", c.maxQuestions(), items) : c).toList();

        assertThat(PracticeCases.redo(WRITTEN, newer(WRITTEN.texts(), checklists), "triage", "uk", REPLIES)).containsExactly(FOUND_WORK, gained);
    }

    /** The written version as a 2.0.1 whose texts of one question in one language were changed. */
    private static Catalogue reworded(String language, String questionId, UnaryOperator<QuestionTexts> change) {
        Map<String, LanguageTexts> texts = new HashMap<>(WRITTEN.texts());
        LanguageTexts before = texts.get(language);
        Map<String, QuestionTexts> questions = new HashMap<>(before.questions());
        questions.put(questionId, change.apply(questions.get(questionId)));
        texts.put(language, new LanguageTexts(before.language(), before.name(), before.officer(), questions, before.names(), before.review()));
        return newer(texts, WRITTEN.checklists());
    }

    private static Catalogue newer(Map<String, LanguageTexts> texts, List<Checklist> checklists) {
        Catalogue c = WRITTEN;
        return new Catalogue(c.id(), "2.0.1", c.title(), c.sources(), c.officerLanguages(), c.intervieweeLanguages(), c.dimensions(),
                c.profiles(), c.indicators(), c.contextQuestions(), c.questions(), c.questionsDeclared(), c.decisionRule(), c.forcedLabour(),
                checklists, texts);
    }

    private static QuestionTexts asked(String words) {
        return new QuestionTexts(Optional.of(words), Optional.empty(), List.of(words));
    }

    private static PracticeCase.Reply reply(String questionId) {
        return new PracticeCase.Reply(questionId, "Так.", "Yes.", "YES", null);
    }
}
