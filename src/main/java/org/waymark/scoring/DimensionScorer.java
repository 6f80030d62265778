package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Dimension;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.PositivityClause;
import org.waymark.catalogue.model.Strength;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Step 1 of the decision rule: which dimensions are positive, by which indicators and which clause. */
final class DimensionScorer {

    private DimensionScorer() {
    }

    static List<DimensionResult> score(Catalogue catalogue, String profile, Evidence evidence) {
        Map<String, List<PresentIndicator>> present = new HashMap<>();
        Map<String, List<String>> open = new HashMap<>();
        for (Indicator indicator : catalogue.indicators().values()) {
            Strength strength = indicator.strengthByProfile().get(profile);
            if (strength == null) {
                continue;
            }
            if (evidence.isPresent(indicator.id())) {
                present.computeIfAbsent(indicator.dimension(), d -> new ArrayList<>())
                        .add(new PresentIndicator(indicator.id(), strength, indicator.phase(), evidence.isObserved(indicator.id())));
            } else if (evidence.isOpen(indicator.id())) {
                open.computeIfAbsent(indicator.dimension(), d -> new ArrayList<>()).add(indicator.id());
            }
        }
        List<DimensionResult> results = new ArrayList<>();
        for (Dimension dimension : catalogue.dimensions()) {
            results.add(score(catalogue.decisionRule().dimensionPositive(), dimension,
                    present.getOrDefault(dimension.id(), List.of()), open.getOrDefault(dimension.id(), List.of())));
        }
        return results;
    }

    private static DimensionResult score(List<PositivityClause> clauses, Dimension dimension, List<PresentIndicator> present, List<String> open) {
        int strong = count(present, Strength.STRONG);
        int medium = count(present, Strength.MEDIUM);
        int weak = count(present, Strength.WEAK);
        Optional<String> clause = clauses.stream().filter(c -> c.isMetBy(strong, medium, weak)).map(PositivityClause::id).findFirst();
        List<Shortfall> missing = clause.isPresent() ? List.of() : cheapestShortfalls(clauses, strong, medium, weak);
        return new DimensionResult(dimension.id(), clause.isPresent(), present, clause, missing, clause.isPresent() ? List.of() : open);
    }

    private static int count(List<PresentIndicator> present, Strength strength) {
        return (int) present.stream().filter(p -> p.strength() == strength).count();
    }

    /** The clauses that need the fewest further indicators, with what each needs. */
    static List<Shortfall> cheapestShortfalls(List<PositivityClause> clauses, int strong, int medium, int weak) {
        List<Shortfall> all = clauses.stream().map(c -> shortfall(c, strong, medium, weak)).toList();
        int fewest = all.stream().mapToInt(Shortfall::total).min().orElse(0);
        return all.stream().filter(s -> s.total() == fewest).sorted(Comparator.comparing(Shortfall::clause)).toList();
    }

    private static Shortfall shortfall(PositivityClause clause, int strong, int medium, int weak) {
        int needStrong = Math.max(0, clause.strong() - strong);
        int needMedium = Math.max(0, clause.medium() - medium);
        int needWeak = Math.max(0, clause.weak() - weak);
        int mediumOrWeakHeld = medium + needMedium + weak + needWeak;
        int needEither = Math.max(0, clause.medium() + clause.weak() + clause.mediumOrWeak() - mediumOrWeakHeld);
        return new Shortfall(clause.id(), needStrong, needMedium, needWeak, needEither);
    }
}
