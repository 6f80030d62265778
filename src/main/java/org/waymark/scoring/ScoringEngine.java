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

    /** Open indicators of the profile whose presence alone would change a dimension, a reading or forced labour. */
    private static List<String> couldChange(Catalogue catalogue, ScoringInput input, Findings now) {
        Verdict current = Verdict.of(now);
        List<String> changing = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators().values()) {
            if (indicator.strengthIn(input.profile()).isEmpty() || !input.isOpen(indicator.id())) {
                continue;
            }
            Map<String, org.waymark.catalogue.model.Answer> withYes = new HashMap<>(input.answers());
            withYes.put(indicator.id(), org.waymark.catalogue.model.Answer.YES);
            if (!Verdict.of(findings(catalogue, new ScoringInput(input.profile(), withYes, input.observations()))).equals(current)) {
                changing.add(indicator.id());
            }
        }
        return changing;
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
