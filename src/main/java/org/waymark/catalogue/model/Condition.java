package org.waymark.catalogue.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** When a checklist question is asked: a condition on earlier answers. Unanswered counts as no answer. */
public sealed interface Condition {

    boolean holds(Map<String, Answer> answers);

    /** The question ids the condition looks at. */
    Set<String> references();

    record AnswerIn(String question, Set<Answer> values) implements Condition {
        public AnswerIn {
            values = Set.copyOf(values);
        }

        @Override
        public boolean holds(Map<String, Answer> answers) {
            Answer answer = answers.get(question);
            return answer != null && values.contains(answer);
        }

        @Override
        public Set<String> references() {
            return Set.of(question);
        }
    }

    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(Map<String, Answer> answers) {
            return parts.stream().allMatch(part -> part.holds(answers));
        }

        @Override
        public Set<String> references() {
            return parts.stream().flatMap(part -> part.references().stream()).collect(java.util.stream.Collectors.toSet());
        }
    }

    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(Map<String, Answer> answers) {
            return parts.stream().anyMatch(part -> part.holds(answers));
        }

        @Override
        public Set<String> references() {
            return parts.stream().flatMap(part -> part.references().stream()).collect(java.util.stream.Collectors.toSet());
        }
    }

    record Not(Condition part) implements Condition {
        @Override
        public boolean holds(Map<String, Answer> answers) {
            return !part.holds(answers);
        }

        @Override
        public Set<String> references() {
            return part.references();
        }
    }

    /** Always asked. */
    record Always() implements Condition {
        @Override
        public boolean holds(Map<String, Answer> answers) {
            return true;
        }

        @Override
        public Set<String> references() {
            return Set.of();
        }
    }
}
