package org.waymark.catalogue.model;

import java.util.List;

/** The published decision rule: dimension positivity clauses (any one suffices) and the combinations. */
public record DecisionRule(List<PositivityClause> dimensionPositive, List<Combination> combinations, String source) {

    public DecisionRule {
        dimensionPositive = List.copyOf(dimensionPositive);
        combinations = List.copyOf(combinations);
    }
}
