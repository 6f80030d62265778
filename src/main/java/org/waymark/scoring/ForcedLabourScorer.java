package org.waymark.scoring;

import org.waymark.catalogue.model.ForcedLabourScheme;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ICLS 2018 rule over the forced-labour items the answers evidence: for an adult, work both involuntary
 * and under menace of penalty; for a child, work under menace of penalty (ICLS 2018 para. 15). With
 * {@code separateAnswers} an involuntariness item and a coercion item must come from different answers.
 */
final class ForcedLabourScorer {

    private ForcedLabourScorer() {
    }

    static ForcedLabourResult score(ForcedLabourScheme scheme, Evidence evidence, boolean minor) {
        Map<String, List<String>> involuntariness = new LinkedHashMap<>();
        Map<String, List<String>> coercion = new LinkedHashMap<>();
        Map<String, List<String>> ilo = new LinkedHashMap<>();
        evidence.itemSources().forEach((item, sources) -> (scheme.involuntariness().contains(item) ? involuntariness
                : scheme.coercion().contains(item) ? coercion : ilo).put(item, sources));
        return new ForcedLabourResult(indicated(scheme.ruleFor(minor), involuntariness, coercion), involuntariness, coercion, ilo);
    }

    static boolean indicated(ForcedLabourScheme.Rule rule, Map<String, List<String>> involuntariness, Map<String, List<String>> coercion) {
        if (involuntariness.size() < rule.minimumInvoluntariness() || coercion.size() < rule.minimumCoercion()) {
            return false;
        }
        if (!rule.separateAnswers() || rule.minimumInvoluntariness() == 0) {
            return true;
        }
        Set<String> involuntary = sources(involuntariness);
        Set<String> coerced = sources(coercion);
        return involuntary.stream().anyMatch(a -> coerced.stream().anyMatch(b -> !a.equals(b)));
    }

    private static Set<String> sources(Map<String, List<String>> items) {
        Set<String> sources = new HashSet<>();
        items.values().forEach(sources::addAll);
        return sources;
    }
}
