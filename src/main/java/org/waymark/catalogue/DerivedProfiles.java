package org.waymark.catalogue;

import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.Strength;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in the strengths of a profile declared as {@code derivedFrom} another (the provisional sexual
 * exploitation sets): every indicator of the base profile with the base strength, then the overrides.
 */
final class DerivedProfiles {

    private DerivedProfiles() {
    }

    static void apply(List<YamlNode> profileNodes, List<Profile> profiles, Map<String, Indicator> indicators) {
        for (YamlNode node : profileNodes) {
            String id = node.string("id");
            var base = node.optionalString("derivedFrom");
            if (base.isEmpty()) {
                continue;
            }
            if (profiles.stream().noneMatch(p -> p.id().equals(base.get()))) {
                node.get("derivedFrom").problem("unknown profile '" + base.get() + "'");
                continue;
            }
            Map<String, Strength> overrides = new LinkedHashMap<>();
            node.entries("overrides", false).forEach((indicator, value) -> {
                if (!indicators.containsKey(indicator)) {
                    value.problem("unknown indicator '" + indicator + "'");
                }
                CatalogueReader.strength(value).ifPresent(s -> overrides.put(indicator, s));
            });
            indicators.replaceAll((indicatorId, indicator) -> withDerived(indicator, base.get(), id, overrides.get(indicatorId)));
        }
    }

    private static Indicator withDerived(Indicator indicator, String base, String derived, Strength override) {
        Strength strength = override != null ? override : indicator.strengthByProfile().get(base);
        if (strength == null || indicator.strengthByProfile().containsKey(derived)) {
            return indicator;
        }
        Map<String, Strength> strengths = new LinkedHashMap<>(indicator.strengthByProfile());
        strengths.put(derived, strength);
        return new Indicator(indicator.id(), indicator.dimension(), indicator.phase(), strengths, indicator.urgent(),
                indicator.forcedLabourItems(), indicator.source(), indicator.verify());
    }
}
