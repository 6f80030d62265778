package org.waymark.catalogue;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Dimension;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.QuestionTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that every text is there in every language: officer languages carry a prompt and help for
 * every question and a name for every dimension, profile, forced-labour item and checklist; every
 * language carries at least one interviewee question for every question.
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
            for (String id : catalogue.questionIds()) {
                QuestionTexts question = texts.questions().get(id);
                String section = id.startsWith("ctx.") ? "context." : "indicators.";
                if (question == null) {
                    problems.add(new CatalogueProblem(file, section + id, "missing text for this question"));
                    continue;
                }
                if (question.questions().isEmpty()) {
                    problems.add(new CatalogueProblem(file, section + id + ".questions", "needs at least one question for the interviewee"));
                }
                if (officer && (question.prompt().isEmpty() || question.help().isEmpty())) {
                    problems.add(new CatalogueProblem(file, section + id, "an officer language needs both prompt and help"));
                }
            }
            texts.questions().keySet().stream().filter(id -> !catalogue.questionIds().contains(id))
                    .forEach(id -> problems.add(new CatalogueProblem(file, id, "text for an unknown question")));
            if (officer) {
                namedThings(catalogue).filter(id -> !texts.names().containsKey(id))
                        .forEach(id -> problems.add(new CatalogueProblem(file, id, "missing name")));
            }
        }
        return problems;
    }

    private static Stream<String> namedThings(Catalogue catalogue) {
        var scheme = catalogue.forcedLabour();
        return Stream.of(catalogue.dimensions().stream().map(Dimension::id), catalogue.profiles().stream().map(Profile::id),
                        scheme.indicators().stream(), scheme.involuntariness().stream(), scheme.coercion().stream(),
                        catalogue.checklists().stream().map(Checklist::id))
                .flatMap(s -> s);
    }
}
