package org.waymark.scoring;

import org.waymark.catalogue.model.Answer;

import java.util.Map;
import java.util.Set;

/**
 * What the engine reads: the profile, the answers per indicator or context question, and the
 * indicators the officer observed directly (these count as present whatever was answered).
 * Personal attributes (nationality, sex, ethnicity, religion) are not part of it, by design.
 */
public record ScoringInput(String profile, Map<String, Answer> answers, Set<String> observations) {

    public ScoringInput {
        answers = Map.copyOf(answers);
        observations = Set.copyOf(observations);
    }

    public static ScoringInput of(String profile, Map<String, Answer> answers) {
        return new ScoringInput(profile, answers, Set.of());
    }

    boolean isPresent(String id) {
        return answers.get(id) == Answer.YES || observations.contains(id);
    }

    /** Not present and not answered NO: it might still turn out to be present. */
    boolean isOpen(String id) {
        return !isPresent(id) && answers.get(id) != Answer.NO;
    }
}
