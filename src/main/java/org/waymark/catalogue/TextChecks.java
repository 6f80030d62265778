package org.waymark.catalogue;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Dimension;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.Question;
import org.waymark.catalogue.model.QuestionTexts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks that every text is there in every language: officer languages carry a prompt and help for every
 * question and indicator and a name for every dimension, profile, forced-labour item and checklist; every
 * language carries the words put to the person for every interviewee question; an officer observation is
 * never worded for the person. Since 2.0.0 the wording itself is linted ({@link QuestionWording}).
 */
final class TextChecks {

    private TextChecks() {
    }

    static List<CatalogueProblem> check(Catalogue catalogue, String folder) {
        List<CatalogueProblem> problems = new ArrayList<>();
        for (LanguageTexts texts : catalogue.texts().values()) {
            String file = folder + texts.language() + ".yaml";
            boolean officer = catalogue.officerLanguages().contains(texts.language());
            if (texts.officer() != officer) {
                problems.add(new CatalogueProblem(file, "officer", "must be " + officer + ": catalogue.yaml "
                        + (officer ? "lists" : "does not list") + " it as an officer language"));
            }
            for (Question question : catalogue.questions().values()) {
                questionTexts(catalogue, texts, officer, question, file, problems);
            }
            if (catalogue.questionsDeclared() && officer) {
                for (String indicator : catalogue.indicators().keySet()) {
                    QuestionTexts names = texts.questions().get(indicator);
                    if (names == null || names.prompt().isEmpty() || names.help().isEmpty()) {
                        problems.add(new CatalogueProblem(file, "indicators." + indicator, "an officer language needs both prompt and help"));
                    }
                }
            }
            Set<String> known = new HashSet<>(catalogue.questionIds());
            known.addAll(catalogue.indicators().keySet());
            texts.questions().keySet().stream().filter(id -> !known.contains(id))
                    .forEach(id -> problems.add(new CatalogueProblem(file, id, "text for an unknown question")));
            if (officer) {
                namedThings(catalogue).filter(id -> !texts.names().containsKey(id))
                        .forEach(id -> problems.add(new CatalogueProblem(file, id, "missing name")));
            }
            if (catalogue.questionsDeclared()) {
                problems.addAll(QuestionWording.check(catalogue, texts, file));
            }
        }
        return problems;
    }

    private static void questionTexts(Catalogue catalogue, LanguageTexts texts, boolean officer, Question question, String file,
                                      List<CatalogueProblem> problems) {
        String id = question.id();
        String section = catalogue.questionsDeclared() ? "questions." : id.startsWith("ctx.") ? "context." : "indicators.";
        boolean forPerson = question.audience() == Question.Audience.INTERVIEWEE;
        QuestionTexts words = texts.questions().get(id);
        if (words == null) {
            if (forPerson || officer) {
                problems.add(new CatalogueProblem(file, section + id, "missing text for this question"));
            }
            return;
        }
        if (forPerson && words.questions().isEmpty()) {
            problems.add(new CatalogueProblem(file, section + id + (catalogue.questionsDeclared() ? ".asked" : ".questions"),
                    "needs the words put to the interviewee"));
        }
        if (!forPerson && !words.questions().isEmpty()) {
            problems.add(new CatalogueProblem(file, section + id + ".asked", "an officer observation is never worded for the interviewee"));
        }
        if (officer && (words.prompt().isEmpty() || words.help().isEmpty())) {
            problems.add(new CatalogueProblem(file, section + id, "an officer language needs both prompt and help"));
        }
    }

    private static Stream<String> namedThings(Catalogue catalogue) {
        var scheme = catalogue.forcedLabour();
        return Stream.of(catalogue.dimensions().stream().map(Dimension::id), catalogue.profiles().stream().map(Profile::id),
                        scheme.indicators().stream(), scheme.involuntariness().stream(), scheme.coercion().stream(),
                        catalogue.checklists().stream().map(Checklist::id))
                .flatMap(s -> s);
    }
}
