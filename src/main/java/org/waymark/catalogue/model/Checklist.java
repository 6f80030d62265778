package org.waymark.catalogue.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ordered list of questions (indicators or context questions), each asked when its condition holds. */
public record Checklist(String id, Optional<Integer> maxQuestions, List<Item> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    /** One question of the checklist and when to ask it. */
    public record Item(String question, Condition when) {
    }

    /** The questions to ask given the answers so far, in order; those whose condition fails are skipped. */
    public List<String> applicableQuestions(Map<String, Answer> answers) {
        return items.stream().filter(item -> item.when().holds(answers)).map(Item::question).toList();
    }

    /** The first applicable question without an answer, or empty when the walk-through is complete. */
    public Optional<String> nextQuestion(Map<String, Answer> answers) {
        return applicableQuestions(answers).stream().filter(question -> !answers.containsKey(question)).findFirst();
    }
}
