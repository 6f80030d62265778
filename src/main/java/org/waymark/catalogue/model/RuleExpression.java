package org.waymark.catalogue.model;

import java.util.List;

/** A combination rule over positive dimensions and facts (step 2 of the decision rule), as data. */
public sealed interface RuleExpression {

    /** The rule in the catalogue's own terms, e.g. {@code (D1 or D2 or D3)}; explanations translate it. */
    static String describe(RuleExpression expression) {
        if (expression instanceof AllOf all) {
            return all.parts().stream().map(RuleExpression::describe).collect(java.util.stream.Collectors.joining(" and ", "(", ")"));
        }
        if (expression instanceof AnyOf any) {
            return any.parts().stream().map(RuleExpression::describe).collect(java.util.stream.Collectors.joining(" or ", "(", ")"));
        }
        if (expression instanceof DimensionPositive dimension) {
            return dimension.dimension();
        }
        if (expression instanceof Fact fact) {
            return fact.question();
        }
        return "any " + ((AnyIndicatorInPhase) expression).phase().name().toLowerCase(java.util.Locale.ROOT) + " indicator";
    }

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
