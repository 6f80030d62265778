package org.waymark.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Step 1 for one dimension: positive or not, the indicators that count, the clause that made it positive,
 * and otherwise the cheapest ways to make it positive and the open indicators that could.
 */
public record DimensionResult(String dimension, boolean positive, List<PresentIndicator> present,
                              Optional<String> clause, List<Shortfall> missing, List<String> couldComplete) {

    public DimensionResult {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
        couldComplete = List.copyOf(couldComplete);
    }
}
