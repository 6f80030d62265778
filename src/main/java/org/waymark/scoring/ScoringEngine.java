package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Combination;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.Phase;
import org.waymark.catalogue.model.RuleExpression;
import org.waymark.catalogue.model.Strength;
import org.waymark.catalogue.model.UrgentFlag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
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
        Map<String, Set<Strength>> turning = new HashMap<>();
        now.dimensions().forEach(d -> turning.put(d.dimension(), strengthsThatTurn(catalogue, d)));
        List<Combination> applicable = catalogue.decisionRule().combinations().stream()
                .filter(c -> c.appliesTo().contains(input.profile())).toList();
        Set<String> namedFacts = new HashSet<>();
        Set<Phase> namedPhases = EnumSet.noneOf(Phase.class);
        applicable.forEach(c -> collectNames(c.when(), namedFacts, namedPhases));
        List<String> changing = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators().values()) {
            var strength = indicator.strengthIn(input.profile());
            if (strength.isEmpty() || !input.isOpen(indicator.id())) {
                continue;
            }
            if (turning.getOrDefault(indicator.dimension(), Set.of()).contains(strength.get())
                    || forcedLabourWith(catalogue, now.forcedLabour(), indicator) != current.forcedLabour()) {
                changing.add(indicator.id());
                continue;
            }
            if (!namedFacts.contains(indicator.id()) && !namedPhases.contains(indicator.phase())) {
                continue; // no combination can see it while the dimensions stay as they are
            }
            ScoringInput withIt = new ScoringInput(input.profile(), input.answers(), plus(input.observations(), indicator.id()));
            List<Boolean> readings = applicable.stream().map(c -> ReadingEvaluator.holds(c.when(), catalogue, withIt, current.positive())).toList();
            if (!readings.equals(current.readings())) {
                changing.add(indicator.id());
            }
        }
        return changing;
    }

    /** What a combination reads besides dimensions: facts (questions present) and phases (any indicator of it present). */
    private static void collectNames(RuleExpression expression, Set<String> facts, Set<Phase> phases) {
        if (expression instanceof RuleExpression.AllOf all) {
            all.parts().forEach(p -> collectNames(p, facts, phases));
        } else if (expression instanceof RuleExpression.AnyOf any) {
            any.parts().forEach(p -> collectNames(p, facts, phases));
        } else if (expression instanceof RuleExpression.Fact fact) {
            facts.add(fact.question());
        } else if (expression instanceof RuleExpression.AnyIndicatorInPhase phase) {
            phases.add(phase.phase());
        }
    }

    /** The strengths of which one more present indicator would make a dimension that is not positive positive. */
    private static Set<Strength> strengthsThatTurn(Catalogue catalogue, DimensionResult dimension) {
        Set<Strength> turning = EnumSet.noneOf(Strength.class);
        if (dimension.positive()) {
            return turning;
        }
        int strong = count(dimension, Strength.STRONG);
        int medium = count(dimension, Strength.MEDIUM);
        int weak = count(dimension, Strength.WEAK);
        for (Strength added : Strength.values()) {
            int s = strong + (added == Strength.STRONG ? 1 : 0);
            int m = medium + (added == Strength.MEDIUM ? 1 : 0);
            int w = weak + (added == Strength.WEAK ? 1 : 0);
            if (catalogue.decisionRule().dimensionPositive().stream().anyMatch(c -> c.isMetBy(s, m, w))) {
                turning.add(added);
            }
        }
        return turning;
    }

    private static int count(DimensionResult dimension, Strength strength) {
        return (int) dimension.present().stream().filter(p -> p.strength() == strength).count();
    }

    private static boolean forcedLabourWith(Catalogue catalogue, ForcedLabourResult now, Indicator added) {
        var scheme = catalogue.forcedLabour();
        int involuntary = now.involuntariness().size();
        int coercion = now.coercion().size();
        Set<String> seen = new HashSet<>();
        for (String item : added.forcedLabourItems()) {
            if (!seen.add(item)) {
                continue;
            }
            if (scheme.involuntariness().contains(item)) {
                involuntary += now.involuntariness().containsKey(item) ? 0 : 1;
            } else if (scheme.coercion().contains(item)) {
                coercion += now.coercion().containsKey(item) ? 0 : 1;
            }
        }
        return involuntary >= Math.max(1, scheme.minimumInvoluntariness()) && coercion >= Math.max(1, scheme.minimumCoercion());
    }

    private static Set<String> plus(Set<String> set, String element) {
        Set<String> result = new HashSet<>(set);
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
