package org.waymark.catalogue.model;

import java.util.List;

/**
 * The ILO forced-labour indicators (2012) and the ICLS 2018 involuntariness and coercion items, with the
 * ICLS rule: at least {@code minimumInvoluntariness} of the first and {@code minimumCoercion} of the second.
 */
public record ForcedLabourScheme(List<String> indicators, List<String> involuntariness, List<String> coercion,
                                 int minimumInvoluntariness, int minimumCoercion) {

    public ForcedLabourScheme {
        indicators = List.copyOf(indicators);
        involuntariness = List.copyOf(involuntariness);
        coercion = List.copyOf(coercion);
    }

    public boolean isItem(String id) {
        return indicators.contains(id) || involuntariness.contains(id) || coercion.contains(id);
    }
}
