package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Combination;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.Question;
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
                flags, RoutingPolicy.routes(findings, flags), couldChange(catalogue, input, findings), Map.of(), input.minorPresumed());
        return new Assessment(unexplained.catalogue(), unexplained.profile(), unexplained.provisionalProfile(), unexplained.dimensions(),
                unexplained.readings(), unexplained.forcedLabour(), unexplained.outcomes(), unexplained.riskLevel(), unexplained.urgentFlags(),
                unexplained.routes(), unexplained.couldChange(), Explainer.explain(catalogue, unexplained), unexplained.minorPresumed());
    }

    private static Findings findings(Catalogue catalogue, ScoringInput input) {
        boolean minor = catalogue.profile(input.profile()).map(Profile::minor).orElse(false);
        Evidence evidence = Evidence.of(catalogue, input);
        List<DimensionResult> dimensions = DimensionScorer.score(catalogue, input.profile(), evidence);
        return new Findings(catalogue, input, evidence, minor, dimensions, ReadingEvaluator.read(catalogue, input.profile(), evidence, dimensions),
                ForcedLabourScorer.score(catalogue.forcedLabour(), evidence, minor));
    }

    /**
     * Open questions (unanswered, UNKNOWN or DECLINED) whose answer at {@code presentWhen} alone would change a
     * dimension, a reading or forced labour. Only questions that can matter for the profile are tried: one
     * naming an indicator of the profile, a forced-labour item of the ICLS rule, or a fact a combination reads.
     * Incremental: only the dimensions of the question's indicators are re-counted, only its items are added,
     * and the readings are re-evaluated only when a combination names the question (as a fact or through the
     * phase of one of its indicators) — otherwise, with the same dimensions positive, they cannot change.
     */
    private static List<String> couldChange(Catalogue catalogue, ScoringInput input, Findings now) {
        Verdict current = Verdict.of(now);
        String profile = input.profile();
        Map<String, DimensionResult> byId = new HashMap<>();
        now.dimensions().forEach(d -> byId.put(d.dimension(), d));
        List<Combination> applicable = catalogue.decisionRule().combinations().stream().filter(c -> c.appliesTo().contains(profile)).toList();
        Set<String> namedFacts = new HashSet<>();
        Set<Phase> namedPhases = EnumSet.noneOf(Phase.class);
        applicable.forEach(c -> collectNames(c.when(), namedFacts, namedPhases));
        var scheme = catalogue.forcedLabour();
        var rule = scheme.ruleFor(now.minor());
        List<String> changing = new ArrayList<>();
        for (Question question : catalogue.questions().values()) {
            if (!now.evidence().isOpenQuestion(question)) {
                continue;
            }
            List<Indicator> adds = question.indicators().stream().map(catalogue.indicators()::get)
                    .filter(i -> i.strengthIn(profile).isPresent() && !now.evidence().isPresent(i.id())).toList();
            boolean iclsItem = question.forcedLabourItems().stream().anyMatch(item -> scheme.involuntariness().contains(item) || scheme.coercion().contains(item));
            boolean fact = namedFacts.contains(question.id());
            if (adds.isEmpty() && !iclsItem && !fact) {
                continue;
            }
            if (turnsADimension(catalogue, byId, adds, profile) || forcedLabourWith(scheme, rule, now.forcedLabour(), question) != current.forcedLabour()) {
                changing.add(question.id());
                continue;
            }
            if (!fact && adds.stream().noneMatch(i -> namedPhases.contains(i.phase()))) {
                continue; // no combination can see it while the dimensions stay as they are
            }
            Evidence withIt = now.evidence().withFact(question);
            List<Boolean> readings = applicable.stream().map(c -> ReadingEvaluator.holds(c.when(), catalogue, profile, withIt, current.positive())).toList();
            if (!readings.equals(current.readings())) {
                changing.add(question.id());
            }
        }
        return changing;
    }

    /** Whether these indicators, added to what is present, make some dimension positive that is not. */
    private static boolean turnsADimension(Catalogue catalogue, Map<String, DimensionResult> dimensions, List<Indicator> adds, String profile) {
        Map<String, List<Strength>> byDimension = new HashMap<>();
        adds.forEach(i -> byDimension.computeIfAbsent(i.dimension(), d -> new ArrayList<>()).add(i.strengthIn(profile).orElseThrow()));
        for (var entry : byDimension.entrySet()) {
            DimensionResult dimension = dimensions.get(entry.getKey());
            if (dimension == null || dimension.positive()) {
                continue;
            }
            int s = count(dimension, Strength.STRONG) + (int) entry.getValue().stream().filter(x -> x == Strength.STRONG).count();
            int m = count(dimension, Strength.MEDIUM) + (int) entry.getValue().stream().filter(x -> x == Strength.MEDIUM).count();
            int w = count(dimension, Strength.WEAK) + (int) entry.getValue().stream().filter(x -> x == Strength.WEAK).count();
            if (catalogue.decisionRule().dimensionPositive().stream().anyMatch(c -> c.isMetBy(s, m, w))) {
                return true;
            }
        }
        return false;
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

    private static int count(DimensionResult dimension, Strength strength) {
        return (int) dimension.present().stream().filter(p -> p.strength() == strength).count();
    }

    private static boolean forcedLabourWith(org.waymark.catalogue.model.ForcedLabourScheme scheme, org.waymark.catalogue.model.ForcedLabourScheme.Rule rule,
                                            ForcedLabourResult now, Question added) {
        Map<String, List<String>> involuntariness = new HashMap<>(now.involuntariness());
        Map<String, List<String>> coercion = new HashMap<>(now.coercion());
        for (String item : added.forcedLabourItems()) {
            Map<String, List<String>> target = scheme.involuntariness().contains(item) ? involuntariness : scheme.coercion().contains(item) ? coercion : null;
            if (target != null) {
                List<String> sources = new ArrayList<>(target.getOrDefault(item, List.of()));
                sources.add(added.id());
                target.put(item, sources);
            }
        }
        return ForcedLabourScorer.indicated(rule, involuntariness, coercion);
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
