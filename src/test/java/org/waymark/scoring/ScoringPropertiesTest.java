package org.waymark.scoring;

import org.junit.jupiter.api.Test;
import org.waymark.catalogue.model.Answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants over many random answer sets (fixed seeds, so a failure repeats; the failing answers are
 * printed in the message): more evidence never lowers anything, order never matters, and an unknown
 * never counts as yes.
 */
class ScoringPropertiesTest {

    private static final int TRIALS = 300;
    private static final List<String> PROFILES = List.of("adult-labour", "child-labour", "adult-sexual", "child-sexual");
    private static final List<String> QUESTIONS = new ArrayList<>(Scenario.CATALOGUE.questionIds());

    @Test
    void addingAYesNeverLowersTheRiskOrUnindicatesAnything() {
        Random random = new Random(11);
        for (int trial = 0; trial < TRIALS; trial++) {
            String profile = PROFILES.get(random.nextInt(PROFILES.size()));
            Map<String, Answer> answers = randomAnswers(random);
            String added = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            Map<String, Answer> more = new HashMap<>(answers);
            more.put(added, Answer.YES);
            Assessment before = evaluate(profile, answers);
            Assessment after = evaluate(profile, more);
            String context = profile + " " + answers + " + YES " + added;
            assertThat(after.riskLevel()).as(context).isGreaterThanOrEqualTo(before.riskLevel());
            assertThat(positives(after)).as(context).containsAll(positives(before));
            assertThat(indicatedReadings(after)).as(context).containsAll(indicatedReadings(before));
            assertThat(after.forcedLabour().indicated() || !before.forcedLabour().indicated()).as(context).isTrue();
            assertThat(after.urgentFlags()).as(context).containsAll(before.urgentFlags());
        }
    }

    @Test
    void theOrderOfAnswersNeverMatters() {
        Random random = new Random(23);
        for (int trial = 0; trial < TRIALS; trial++) {
            String profile = PROFILES.get(random.nextInt(PROFILES.size()));
            Map<String, Answer> answers = randomAnswers(random);
            List<String> keys = new ArrayList<>(answers.keySet());
            Collections.shuffle(keys, random);
            Map<String, Answer> reordered = new LinkedHashMap<>();
            keys.forEach(k -> reordered.put(k, answers.get(k)));
            assertThat(evaluate(profile, reordered)).as(profile + " " + answers).isEqualTo(evaluate(profile, answers));
        }
    }

    @Test
    void turningAYesIntoUnknownNeverRaisesTheRisk() {
        Random random = new Random(37);
        for (int trial = 0; trial < TRIALS; trial++) {
            String profile = PROFILES.get(random.nextInt(PROFILES.size()));
            Map<String, Answer> answers = randomAnswers(random);
            List<String> yeses = answers.entrySet().stream().filter(e -> e.getValue() == Answer.YES).map(Map.Entry::getKey).toList();
            if (yeses.isEmpty()) {
                continue;
            }
            String doubted = yeses.get(random.nextInt(yeses.size()));
            Map<String, Answer> weaker = new HashMap<>(answers);
            weaker.put(doubted, random.nextBoolean() ? Answer.UNKNOWN : Answer.DECLINED);
            assertThat(evaluate(profile, weaker).riskLevel()).as(profile + " " + answers + " with " + doubted + " in doubt")
                    .isLessThanOrEqualTo(evaluate(profile, answers).riskLevel());
        }
    }

    @Test
    void unknownDeclinedAndNoAnswerScoreAlike() {
        Random random = new Random(41);
        for (int trial = 0; trial < TRIALS; trial++) {
            String profile = PROFILES.get(random.nextInt(PROFILES.size()));
            Map<String, Answer> answers = randomAnswers(random);
            Map<String, Answer> yesOnly = answers.entrySet().stream().filter(e -> e.getValue() == Answer.YES || e.getValue() == Answer.NO)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Assessment full = evaluate(profile, answers);
            Assessment trimmed = evaluate(profile, yesOnly);
            assertThat(full.dimensions().stream().map(d -> d.dimension() + d.positive() + d.present()).toList())
                    .isEqualTo(trimmed.dimensions().stream().map(d -> d.dimension() + d.positive() + d.present()).toList());
            assertThat(full.outcomes()).isEqualTo(trimmed.outcomes());
            assertThat(full.riskLevel()).isEqualTo(trimmed.riskLevel());
        }
    }

    @Test
    void couldChangeListsExactlyTheOpenQuestionsWhoseAnswerChangesTheVerdict() {
        Random random = new Random(53);
        for (int trial = 0; trial < 600; trial++) { // the engine computes this incrementally: many cases against the definition
            String profile = PROFILES.get(random.nextInt(PROFILES.size()));
            Map<String, Answer> answers = randomAnswers(random);
            Assessment base = evaluate(profile, answers);
            List<String> expected = new ArrayList<>();
            for (var question : Scenario.CATALOGUE.questions().values()) {
                Answer given = answers.get(question.id());
                if (given == Answer.YES || given == Answer.NO) {
                    continue;
                }
                Map<String, Answer> withIt = new HashMap<>(answers);
                withIt.put(question.id(), question.presentWhen());
                Assessment changed = evaluate(profile, withIt);
                if (!positives(changed).equals(positives(base)) || !indicatedReadings(changed).equals(indicatedReadings(base))
                        || changed.forcedLabour().indicated() != base.forcedLabour().indicated()) {
                    expected.add(question.id());
                }
            }
            assertThat(base.couldChange()).as(profile + " " + answers).containsExactlyElementsOf(expected);
        }
    }

    private static Map<String, Answer> randomAnswers(Random random) {
        return randomAnswers(random, QUESTIONS);
    }

    /** A random part of these questions answered at random (any of the four answers), at a random density. */
    static Map<String, Answer> randomAnswers(Random random, List<String> questions) {
        Map<String, Answer> answers = new HashMap<>();
        double density = 0.05 + random.nextDouble() * 0.4;
        for (String question : questions) {
            if (random.nextDouble() < density) {
                answers.put(question, Answer.values()[random.nextInt(Answer.values().length)]);
            }
        }
        return answers;
    }

    private static Assessment evaluate(String profile, Map<String, Answer> answers) {
        return ScoringEngine.evaluate(Scenario.CATALOGUE, ScoringInput.of(profile, answers));
    }

    private static Set<String> positives(Assessment a) {
        return a.dimensions().stream().filter(DimensionResult::positive).map(DimensionResult::dimension).collect(Collectors.toSet());
    }

    private static Set<String> indicatedReadings(Assessment a) {
        return a.readings().stream().filter(Reading::indicated).map(Reading::id).collect(Collectors.toSet());
    }
}
