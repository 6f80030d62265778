package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Combination;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.RuleExpression;
import org.waymark.catalogue.model.UrgentFlag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores answers with the published decision rules of one catalogue version and explains the result.
 * A pure function: call {@link ScoringInputCheck#problems} first; an input that fails it is refused here.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    public static Assessment evaluate(Catalogue catalogue, ScoringInput input) {
        if (!ScoringInputCheck.problems(catalogue, input).isEmpty()) {
            throw new IllegalArgumentException("scoring input does not fit catalogue " + catalogue.reference());
        }
        Findings findings = findings(catalogue, input);
        Set<UrgentFlag> flags = RoutingPolicy.urgentFlags(findings);
        Profile profile = catalogue.profile(input.profile()).orElseThrow();
        Assessment unexplained = new Assessment(catalogue.reference(), profile.id(), profile.provisional(), findings.dimensions(),
                findings.readings(), findings.forcedLabour(), OutcomePolicy.outcomes(findings), OutcomePolicy.riskLevel(findings),
                flags, RoutingPolicy.routes(findings, flags), couldChange(catalogue, input, findings), Map.of());
        return new Assessment(unexplained.catalogue(), unexplained.profile(), unexplained.provisionalProfile(), unexplained.dimensions(),
                unexplained.readings(), unexplained.forcedLabour(), unexplained.outcomes(), unexplained.riskLevel(), unexplained.urgentFlags(),
                unexplained.routes(), unexplained.couldChange(), Explainer.explain(catalogue, unexplained));
    }

    private static Findings findings(Catalogue catalogue, ScoringInput input) {
        boolean minor = catalogue.profile(input.profile()).map(Profile::minor).orElse(false);
        List<DimensionResult> dimensions = DimensionScorer.score(catalogue, input);
        return new Findings(catalogue, input, minor, dimensions, ReadingEvaluator.read(catalogue, input, dimensions),
                ForcedLabourScorer.score(catalogue, input));
    }

    /**
     * Open indicators of the profile whose presence alone would change a dimension, a reading or forced
     * labour. Incremental: only the candidate's dimension is re-counted, only its forced-labour items are
     * added, and the readings are re-evaluated only when a combination names the candidate (as a fact or
     * through its phase) — otherwise, with the same dimensions positive, they cannot change.
     */
    private static List<String> couldChange(Catalogue catalogue, ScoringInput input, Findings now) {
        Verdict current = Verdict.of(now);
        Map<String, DimensionResult> byDimension = new HashMap<>();
        now.dimensions().forEach(d -> byDimension.put(d.dimension(), d));
        List<Combination> applicable = catalogue.decisionRule().combinations().stream()
                .filter(c -> c.appliesTo().contains(input.profile())).toList();
        List<String> changing = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators().values()) {
            var strength = indicator.strengthIn(input.profile());
            if (strength.isEmpty() || !input.isOpen(indicator.id())) {
                continue;
            }
            if (becomesPositive(catalogue, byDimension.get(indicator.dimension()), strength.get())
                    || forcedLabourWith(catalogue, now.forcedLabour(), indicator) != current.forcedLabour()) {
                changing.add(indicator.id());
                continue;
            }
            if (applicable.stream().noneMatch(c -> names(c.when(), indicator))) {
                continue;
            }
            ScoringInput withIt = new ScoringInput(input.profile(), input.answers(), plus(input.observations(), indicator.id()));
            List<Boolean> readings = applicable.stream().map(c -> ReadingEvaluator.holds(c.when(), catalogue, withIt, current.positive())).toList();
            if (!readings.equals(current.readings())) {
                changing.add(indicator.id());
            }
        }
        return changing;
    }

    /** Whether the presence of {@code indicator} can change the value of {@code expression}, all dimensions staying as they are. */
    private static boolean names(RuleExpression expression, Indicator indicator) {
        if (expression instanceof RuleExpression.AllOf all) {
            return all.parts().stream().anyMatch(p -> names(p, indicator));
        }
        if (expression instanceof RuleExpression.AnyOf any) {
            return any.parts().stream().anyMatch(p -> names(p, indicator));
        }
        if (expression instanceof RuleExpression.Fact fact) {
            return fact.question().equals(indicator.id());
        }
        if (expression instanceof RuleExpression.AnyIndicatorInPhase phase) {
            return phase.phase() == indicator.phase();
        }
        return false; // a dimension's positivity: unchanged here
    }

    private static boolean becomesPositive(Catalogue catalogue, DimensionResult dimension, org.waymark.catalogue.model.Strength added) {
        if (dimension == null || dimension.positive()) {
            return false;
        }
        int strong = count(dimension, org.waymark.catalogue.model.Strength.STRONG) + (added == org.waymark.catalogue.model.Strength.STRONG ? 1 : 0);
        int medium = count(dimension, org.waymark.catalogue.model.Strength.MEDIUM) + (added == org.waymark.catalogue.model.Strength.MEDIUM ? 1 : 0);
        int weak = count(dimension, org.waymark.catalogue.model.Strength.WEAK) + (added == org.waymark.catalogue.model.Strength.WEAK ? 1 : 0);
        return catalogue.decisionRule().dimensionPositive().stream().anyMatch(c -> c.isMetBy(strong, medium, weak));
    }

    private static int count(DimensionResult dimension, org.waymark.catalogue.model.Strength strength) {
        return (int) dimension.present().stream().filter(p -> p.strength() == strength).count();
    }

    private static boolean forcedLabourWith(Catalogue catalogue, ForcedLabourResult now, Indicator added) {
        var scheme = catalogue.forcedLabour();
        Set<String> involuntary = new java.util.HashSet<>(now.involuntariness().keySet());
        Set<String> coercion = new java.util.HashSet<>(now.coercion().keySet());
        added.forcedLabourItems().forEach(item -> {
            if (scheme.involuntariness().contains(item)) {
                involuntary.add(item);
            } else if (scheme.coercion().contains(item)) {
                coercion.add(item);
            }
        });
        return involuntary.size() >= Math.max(1, scheme.minimumInvoluntariness()) && coercion.size() >= Math.max(1, scheme.minimumCoercion());
    }

    private static Set<String> plus(Set<String> set, String element) {
        Set<String> result = new java.util.HashSet<>(set);
        result.add(element);
        return result;
    }

    /** The parts of a result that matter for "could this unknown change it". */
    private record Verdict(Set<String> positive, List<Boolean> readings, boolean forcedLabour) {
        static Verdict of(Findings findings) {
            return new Verdict(findings.positiveDimensions(), findings.readings().stream().map(Reading::indicated).toList(),
                    findings.forcedLabour().indicated());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Verdict v && positive.equals(v.positive) && readings.equals(v.readings) && forcedLabour == v.forcedLabour;
        }

        @Override
        public int hashCode() {
            return Objects.hash(positive, readings, forcedLabour);
        }
    }
}
