package org.waymark.catalogue;

import org.waymark.catalogue.model.Combination;
import org.waymark.catalogue.model.DecisionRule;
import org.waymark.catalogue.model.Phase;
import org.waymark.catalogue.model.PositivityClause;
import org.waymark.catalogue.model.RuleExpression;

import java.util.List;
import java.util.Set;

/** Reads the decision rule (thresholds and combinations) from its YAML form. */
final class RuleReader {

    private RuleReader() {
    }

    static DecisionRule decisionRule(YamlNode node) {
        List<PositivityClause> clauses = node.list("dimensionPositive", true).stream().map(RuleReader::clause).toList();
        List<Combination> combinations = node.list("combinations", true).stream()
                .map(c -> new Combination(c.string("id"), Set.copyOf(c.strings("appliesTo", true)), expression(c.get("when"))))
                .toList();
        return new DecisionRule(clauses, combinations, node.string("source"));
    }

    private static PositivityClause clause(YamlNode node) {
        PositivityClause clause = new PositivityClause(node.string("id"), node.integer("strong", 0), node.integer("medium", 0),
                node.integer("weak", 0), node.integer("mediumOrWeak", 0));
        if (clause.strong() + clause.medium() + clause.weak() + clause.mediumOrWeak() == 0) {
            node.problem("a clause must require at least one indicator");
        }
        return clause;
    }

    static RuleExpression expression(YamlNode node) {
        if (!node.isMap()) {
            node.problem("must be one of allOf, anyOf, dimension, fact, anyIndicatorInPhase");
            return new RuleExpression.AllOf(List.of());
        }
        if (!node.get("allOf").isMissing()) {
            return new RuleExpression.AllOf(node.list("allOf", true).stream().map(RuleReader::expression).toList());
        }
        if (!node.get("anyOf").isMissing()) {
            return new RuleExpression.AnyOf(node.list("anyOf", true).stream().map(RuleReader::expression).toList());
        }
        if (!node.get("dimension").isMissing()) {
            return new RuleExpression.DimensionPositive(node.string("dimension"));
        }
        if (!node.get("fact").isMissing()) {
            return new RuleExpression.Fact(node.string("fact"));
        }
        if (!node.get("anyIndicatorInPhase").isMissing()) {
            return new RuleExpression.AnyIndicatorInPhase(node.optionalString("anyIndicatorInPhase")
                    .flatMap(p -> CatalogueReader.enumValue(node.get("anyIndicatorInPhase"), Phase.class, p)).orElse(Phase.RECRUITMENT));
        }
        node.problem("must be one of allOf, anyOf, dimension, fact, anyIndicatorInPhase");
        return new RuleExpression.AllOf(List.of());
    }
}
