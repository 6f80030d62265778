package org.waymark.catalogue;

import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Condition;
import org.waymark.catalogue.model.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks checklists: known question ids, no repeats, conditions that look only at questions asked
 * before (so the branching has no cycles), and every question reachable by some answers.
 */
final class ChecklistChecks {

    private static final int MAX_REFERENCES_TO_ENUMERATE = 6;

    private ChecklistChecks() {
    }

    static List<CatalogueProblem> check(Catalogue catalogue, String file) {
        List<CatalogueProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Checklist checklist : catalogue.checklists()) {
            String path = "checklists[" + checklist.id() + "]";
            if (!ids.add(checklist.id())) {
                problems.add(new CatalogueProblem(file, path, "duplicate checklist id"));
            }
            long toPerson = checklist.items().stream().map(item -> catalogue.questions().get(item.question()))
                    .filter(q -> q == null || q.audience() == Question.Audience.INTERVIEWEE).count();
            checklist.maxQuestions().filter(max -> toPerson > max).ifPresent(max ->
                    problems.add(new CatalogueProblem(file, path, "puts " + toPerson + " questions to the person, more than its maxQuestions " + max)));
            Set<String> askedBefore = new HashSet<>();
            for (Checklist.Item item : checklist.items()) {
                String itemPath = path + ".questions[" + item.question() + "]";
                if (!catalogue.questionIds().contains(item.question())) {
                    problems.add(new CatalogueProblem(file, itemPath, "unknown question id '" + item.question() + "'"));
                }
                if (askedBefore.contains(item.question())) {
                    problems.add(new CatalogueProblem(file, itemPath, "is asked twice"));
                }
                for (String reference : item.when().references()) {
                    if (!askedBefore.contains(reference)) {
                        problems.add(new CatalogueProblem(file, itemPath + ".when", "looks at '" + reference
                                + "', which is not asked before this question (the branching would have a cycle or wait forever)"));
                    }
                }
                if (askedBefore.containsAll(item.when().references()) && !satisfiable(item.when())) {
                    problems.add(new CatalogueProblem(file, itemPath + ".when", "can never hold, so the question is unreachable"));
                }
                askedBefore.add(item.question());
            }
        }
        return problems;
    }

    /** Some combination of answers (or no answer) to the referenced questions makes the condition hold. */
    static boolean satisfiable(Condition condition) {
        List<String> references = new ArrayList<>(condition.references());
        if (references.size() > MAX_REFERENCES_TO_ENUMERATE) {
            return true;
        }
        Answer[] choices = Answer.values();
        int options = choices.length + 1;
        int combinations = (int) Math.pow(options, references.size());
        for (int combination = 0; combination < combinations; combination++) {
            Map<String, Answer> answers = new HashMap<>();
            int rest = combination;
            for (String reference : references) {
                int choice = rest % options;
                rest /= options;
                if (choice < choices.length) {
                    answers.put(reference, choices[choice]);
                }
            }
            if (condition.holds(answers)) {
                return true;
            }
        }
        return false;
    }
}
