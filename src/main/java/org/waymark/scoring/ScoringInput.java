package org.waymark.scoring;

import org.waymark.catalogue.model.Answer;

import java.util.Map;
import java.util.Set;

/**
 * What the engine reads: the profile, the answer given to each question (as the person gave it; the
 * catalogue says which answer counts), the indicators the officer observed directly (these count as present
 * whatever was answered), and whether a child profile was presumed because the age is unknown and there are
 * signs of minority. Personal attributes (nationality, sex, ethnicity, religion) are not part of it, by design.
 */
public record ScoringInput(String profile, Map<String, Answer> answers, Set<String> observations, boolean minorPresumed) {

    public ScoringInput {
        answers = Map.copyOf(answers);
        observations = Set.copyOf(observations);
    }

    public ScoringInput(String profile, Map<String, Answer> answers, Set<String> observations) {
        this(profile, answers, observations, false);
    }

    public static ScoringInput of(String profile, Map<String, Answer> answers) {
        return new ScoringInput(profile, answers, Set.of(), false);
    }
}
