package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.ForcedLabourScheme;
import org.waymark.catalogue.model.Indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ICLS 2018 rule over the forced-labour items that the present indicators evidence. */
final class ForcedLabourScorer {

    private ForcedLabourScorer() {
    }

    static ForcedLabourResult score(Catalogue catalogue, ScoringInput input) {
        ForcedLabourScheme scheme = catalogue.forcedLabour();
        Map<String, List<String>> involuntariness = new LinkedHashMap<>();
        Map<String, List<String>> coercion = new LinkedHashMap<>();
        Map<String, List<String>> ilo = new LinkedHashMap<>();
        for (Indicator indicator : catalogue.indicators().values()) {
            if (!input.isPresent(indicator.id())) {
                continue;
            }
            for (String item : indicator.forcedLabourItems()) {
                Map<String, List<String>> target = scheme.involuntariness().contains(item) ? involuntariness
                        : scheme.coercion().contains(item) ? coercion : ilo;
                target.computeIfAbsent(item, k -> new ArrayList<>()).add(indicator.id());
            }
        }
        boolean indicated = involuntariness.size() >= Math.max(1, scheme.minimumInvoluntariness())
                && coercion.size() >= Math.max(1, scheme.minimumCoercion());
        return new ForcedLabourResult(indicated, involuntariness, coercion, ilo);
    }
}
