package org.waymark.catalogue.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An operational indicator in one dimension and phase, with its strength in each profile that uses it,
 * the forced-labour items it evidences, and the flag it raises when present.
 */
public record Indicator(String id, String dimension, Phase phase, Map<String, Strength> strengthByProfile,
                        Optional<UrgentFlag> urgent, List<String> forcedLabourItems, String source, Optional<String> verify) {

    public Indicator {
        strengthByProfile = Map.copyOf(strengthByProfile);
        forcedLabourItems = List.copyOf(forcedLabourItems);
    }

    public Optional<Strength> strengthIn(String profile) {
        return Optional.ofNullable(strengthByProfile.get(profile));
    }
}
