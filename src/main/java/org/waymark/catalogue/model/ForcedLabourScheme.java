package org.waymark.catalogue.model;

import java.util.List;

/**
 * The ILO forced-labour indicators (2012) and the ICLS 2018 involuntariness and coercion items, with the
 * ICLS rule for adults and the one for children (ICLS 2018 para. 15: a child's work under menace of a
 * penalty from a third party; involuntariness is not asked of a child).
 */
public record ForcedLabourScheme(List<String> indicators, List<String> involuntariness, List<String> coercion,
                                 Rule adultRule, Rule childRule) {

    public ForcedLabourScheme {
        indicators = List.copyOf(indicators);
        involuntariness = List.copyOf(involuntariness);
        coercion = List.copyOf(coercion);
    }

    /**
     * At least {@code minimumInvoluntariness} involuntariness items and {@code minimumCoercion} coercion items;
     * with {@code separateAnswers}, the two must be evidenced by different answers (one answer is one fact).
     */
    public record Rule(int minimumInvoluntariness, int minimumCoercion, boolean separateAnswers) {
    }

    public Rule ruleFor(boolean minor) {
        return minor ? childRule : adultRule;
    }

    public boolean isItem(String id) {
        return indicators.contains(id) || involuntariness.contains(id) || coercion.contains(id);
    }
}
