package org.waymark.scoring;

import java.util.List;
import java.util.Map;

/**
 * The ICLS 2018 reading: forced labour when at least one involuntariness and one coercion item are evidenced.
 * Each item lists the indicators that evidence it. The ILO 2012 indicators present are listed too (no points scheme).
 */
public record ForcedLabourResult(boolean indicated, Map<String, List<String>> involuntariness,
                                 Map<String, List<String>> coercion, Map<String, List<String>> iloIndicators) {

    public ForcedLabourResult {
        involuntariness = sorted(involuntariness);
        coercion = sorted(coercion);
        iloIndicators = sorted(iloIndicators);
    }

    /** Sorted by item id, so explanations and packets list items in the same order on every run. */
    private static Map<String, List<String>> sorted(Map<String, List<String>> items) {
        java.util.TreeMap<String, List<String>> copy = new java.util.TreeMap<>();
        items.forEach((item, evidence) -> copy.put(item, List.copyOf(evidence)));
        return java.util.Collections.unmodifiableSortedMap(copy);
    }
}
