package org.waymark.catalogue.model;

import java.util.Set;

/** A named reading of the positive dimensions (e.g. trafficking, or the Palermo child reading) and the profiles it applies to. */
public record Combination(String id, Set<String> appliesTo, RuleExpression when) {

    public Combination {
        appliesTo = Set.copyOf(appliesTo);
    }
}
