package org.waymark.scoring;

import org.waymark.catalogue.model.UrgentFlag;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The explained result of scoring one set of answers against one catalogue version and profile.
 * {@code couldChange} lists the open questions (unknown, declined or not asked) whose answer at its
 * {@code presentWhen} would change a dimension, a reading or the forced-labour result. {@code explanation}
 * holds the same story in plain words per officer language. {@code minorPresumed}: the child profile applies
 * because the age is unknown and there are signs of minority (Directive 2011/36/EU art. 13(2)).
 */
public record Assessment(String catalogue, String profile, boolean provisionalProfile, List<DimensionResult> dimensions,
                         List<Reading> readings, ForcedLabourResult forcedLabour, List<Outcome> outcomes, RiskLevel riskLevel,
                         Set<UrgentFlag> urgentFlags, List<RouteRecommendation> routes, List<String> couldChange,
                         Map<String, List<String>> explanation, boolean minorPresumed) {

    public Assessment {
        dimensions = List.copyOf(dimensions);
        readings = List.copyOf(readings);
        outcomes = List.copyOf(outcomes);
        urgentFlags = java.util.Collections.unmodifiableSet(urgentFlags.isEmpty() ? java.util.EnumSet.noneOf(UrgentFlag.class)
                : java.util.EnumSet.copyOf(urgentFlags));
        routes = List.copyOf(routes);
        couldChange = List.copyOf(couldChange);
        explanation = Map.copyOf(explanation);
    }

    public boolean traffickingIndicated() {
        return readings.stream().anyMatch(Reading::indicated);
    }

    public boolean isPositive(String dimension) {
        return dimensions.stream().anyMatch(d -> d.dimension().equals(dimension) && d.positive());
    }
}
