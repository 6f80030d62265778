package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Combination;
import org.waymark.catalogue.model.RuleExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Step 2 of the decision rule: evaluates each combination that applies to the profile, part by part. */
final class ReadingEvaluator {

    private ReadingEvaluator() {
    }

    static List<Reading> read(Catalogue catalogue, String profile, Evidence evidence, List<DimensionResult> dimensions) {
        Set<String> positive = dimensions.stream().filter(DimensionResult::positive).map(DimensionResult::dimension).collect(Collectors.toSet());
        List<Reading> readings = new ArrayList<>();
        for (Combination combination : catalogue.decisionRule().combinations()) {
            if (!combination.appliesTo().contains(profile)) {
                continue;
            }
            List<RuleExpression> parts = combination.when() instanceof RuleExpression.AllOf all ? all.parts() : List.of(combination.when());
            List<String> held = new ArrayList<>();
            List<String> notHeld = new ArrayList<>();
            for (RuleExpression part : parts) {
                (holds(part, catalogue, profile, evidence, positive) ? held : notHeld).add(RuleExpression.describe(part));
            }
            readings.add(new Reading(combination.id(), notHeld.isEmpty(), held, notHeld));
        }
        return readings;
    }

    static boolean holds(RuleExpression expression, Catalogue catalogue, String profile, Evidence evidence, Set<String> positive) {
        if (expression instanceof RuleExpression.AllOf all) {
            return all.parts().stream().allMatch(p -> holds(p, catalogue, profile, evidence, positive));
        }
        if (expression instanceof RuleExpression.AnyOf any) {
            return any.parts().stream().anyMatch(p -> holds(p, catalogue, profile, evidence, positive));
        }
        if (expression instanceof RuleExpression.DimensionPositive dimension) {
            return positive.contains(dimension.dimension());
        }
        if (expression instanceof RuleExpression.Fact fact) {
            return evidence.isFact(fact.question());
        }
        RuleExpression.AnyIndicatorInPhase phase = (RuleExpression.AnyIndicatorInPhase) expression;
        return evidence.anyPresent(i -> i.phase() == phase.phase() && i.strengthIn(profile).isPresent());
    }

}
