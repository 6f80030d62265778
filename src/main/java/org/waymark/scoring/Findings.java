package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The facts the policies read: positive dimensions, readings, forced labour, strongest evidence. */
record Findings(Catalogue catalogue, ScoringInput input, Evidence evidence, boolean minor, List<DimensionResult> dimensions, List<Reading> readings,
                ForcedLabourResult forcedLabour) {

    Set<String> positiveDimensions() {
        return dimensions.stream().filter(DimensionResult::positive).map(DimensionResult::dimension).collect(Collectors.toSet());
    }

    boolean positive(String dimension) {
        return positiveDimensions().contains(dimension);
    }

    boolean traffickingIndicated() {
        return readings.stream().anyMatch(Reading::indicated);
    }

    boolean anyStrongPresent() {
        return dimensions.stream().flatMap(d -> d.present().stream())
                .anyMatch(p -> p.strength() == org.waymark.catalogue.model.Strength.STRONG);
    }

    boolean anyIndicatorPresent() {
        return dimensions.stream().anyMatch(d -> !d.present().isEmpty());
    }

    /** Dimensions whose element is exploitation (D4 in the ILO/EC set). */
    Set<String> exploitationDimensions() {
        return DimensionRoles.of(catalogue).exploitation();
    }

    boolean exploitationPositive() {
        return exploitationDimensions().stream().anyMatch(this::positive);
    }
}
