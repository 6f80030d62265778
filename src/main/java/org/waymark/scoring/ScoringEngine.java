package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Profile;
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
     * labour. Incremental: only the candidate's dimension is re-counted and only its forced-labour items
     * are added, so this costs little more than one evaluation.
     */
    private static List<String> couldChange(Catalogue catalogue, ScoringInput input, Findings now) {
        Verdict current = Verdict.of(now);
        java.util.Map<String, DimensionResult> byDimension = new HashMap<>();
        now.dimensions().forEach(d -> byDimension.put(d.dimension(), d));
        List<String> changing = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators().values()) {
            var strength = indicator.strengthIn(input.profile());
            if (strength.isEmpty() || !input.isOpen(indicator.id())) {
                continue;
            }
            Set<String> positive = new java.util.HashSet<>(current.positive());
            if (becomesPositive(catalogue, byDimension.get(indicator.dimension()), strength.get())) {
                positive.add(indicator.dimension());
            }
            ScoringInput withIt = new ScoringInput(input.profile(), input.answers(), plus(input.observations(), indicator.id()));
            List<Boolean> readings = catalogue.decisionRule().combinations().stream()
                    .filter(c -> c.appliesTo().contains(input.profile()))
                    .map(c -> ReadingEvaluator.holds(c.when(), catalogue, withIt, positive)).toList();
            boolean forcedLabour = forcedLabourWith(catalogue, now.forcedLabour(), indicator);
            if (!new Verdict(positive, readings, forcedLabour).equals(current)) {
                changing.add(indicator.id());
            }
        }
        return changing;
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
