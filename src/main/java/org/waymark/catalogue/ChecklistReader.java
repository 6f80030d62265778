package org.waymark.catalogue;

import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Condition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads checklists and their branching conditions from YAML. */
final class ChecklistReader {

    private ChecklistReader() {
    }

    static Checklist checklist(YamlNode node) {
        YamlNode max = node.get("maxQuestions");
        Optional<Integer> maxQuestions = max.isMissing() ? Optional.empty() : Optional.of(node.integer("maxQuestions", 0));
        List<Checklist.Item> items = node.list("questions", true).stream()
                .map(item -> new Checklist.Item(item.string("id"), item.get("when").isMissing() ? new Condition.Always() : condition(item.get("when"))))
                .toList();
        return new Checklist(node.string("id"), maxQuestions, items);
    }

    static Condition condition(YamlNode node) {
        if (!node.isMap()) {
            node.problem("must be one of answer/in, allOf, anyOf, not");
            return new Condition.Always();
        }
        if (!node.get("answer").isMissing()) {
            Set<Answer> values = new LinkedHashSet<>();
            for (String text : node.strings("in", true)) {
                CatalogueReader.enumValue(node.get("in"), Answer.class, text).ifPresent(values::add);
            }
            if (values.isEmpty()) {
                node.get("in").problem("must list at least one answer");
            }
            return new Condition.AnswerIn(node.string("answer"), values);
        }
        if (!node.get("allOf").isMissing()) {
            return new Condition.AllOf(node.list("allOf", true).stream().map(ChecklistReader::condition).toList());
        }
        if (!node.get("anyOf").isMissing()) {
            return new Condition.AnyOf(node.list("anyOf", true).stream().map(ChecklistReader::condition).toList());
        }
        if (!node.get("not").isMissing()) {
            return new Condition.Not(condition(node.get("not")));
        }
        node.problem("must be one of answer/in, allOf, anyOf, not");
        return new Condition.Always();
    }
}
