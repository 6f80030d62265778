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
        involuntariness = Map.copyOf(involuntariness);
        coercion = Map.copyOf(coercion);
        iloIndicators = Map.copyOf(iloIndicators);
    }
}
