package org.waymark.catalogue.model;

import java.util.List;

/** A combination rule over positive dimensions and facts (step 2 of the decision rule), as data. */
public sealed interface RuleExpression {

    record AllOf(List<RuleExpression> parts) implements RuleExpression {
        public AllOf {
            parts = List.copyOf(parts);
        }
    }

    record AnyOf(List<RuleExpression> parts) implements RuleExpression {
        public AnyOf {
            parts = List.copyOf(parts);
        }
    }

    /** Holds when the dimension is positive. */
    record DimensionPositive(String dimension) implements RuleExpression {
    }

    /** Holds when the context question was answered YES. */
    record Fact(String question) implements RuleExpression {
    }

    /** Holds when any indicator of that phase is present. */
    record AnyIndicatorInPhase(Phase phase) implements RuleExpression {
    }
}
