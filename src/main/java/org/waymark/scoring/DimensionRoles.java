package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Dimension;
import org.waymark.catalogue.model.Dimension.Means;
import org.waymark.catalogue.model.Phase;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the catalogue's dimensions stand for in the outcome labels, read from its dimension data: the phase
 * (recruitment or destination) and the element of the Palermo definition ({@code exploitation}, {@code means},
 * {@code act-and-means}) and, where the catalogue declares it, the means a dimension stands for (deception, coercion or
 * abuse of vulnerability). Versions published before {@code means} existed cannot change, so for their dimensions the
 * ILO/EC set's meaning of the id is assumed ({@link #ILO_EC_MEANS}, DOMAIN.md §1).
 */
record DimensionRoles(Set<String> recruitment, Set<String> exploitation, Set<String> destinationMeans, Set<String> deception,
                      Set<String> coercion) {

    /** The means of purpose in the ILO/EC set: the fallback for catalogue versions whose dimensions do not declare it. */
    static final Map<String, Means> ILO_EC_MEANS = Map.of("D1", Means.DECEPTION, "D2", Means.COERCION, "D3", Means.ABUSE_OF_VULNERABILITY,
            "D5", Means.COERCION, "D6", Means.ABUSE_OF_VULNERABILITY);

    static DimensionRoles of(Catalogue catalogue) {
        return new DimensionRoles(
                ids(catalogue, d -> d.phase() == Phase.RECRUITMENT),
                ids(catalogue, d -> "exploitation".equals(d.element())),
                ids(catalogue, d -> d.phase() == Phase.DESTINATION && hasMeans(d)),
                ids(catalogue, d -> hasMeans(d) && means(d) == Means.DECEPTION),
                ids(catalogue, d -> hasMeans(d) && means(d) == Means.COERCION));
    }

    /** The means the catalogue declares for the dimension, else the ILO/EC set's meaning of its id. */
    private static Means means(Dimension dimension) {
        return dimension.means() != null ? dimension.means() : ILO_EC_MEANS.get(dimension.id());
    }

    private static boolean hasMeans(Dimension dimension) {
        return dimension.element() != null && dimension.element().endsWith("means");
    }

    private static Set<String> ids(Catalogue catalogue, Predicate<Dimension> role) {
        return catalogue.dimensions().stream().filter(role).map(Dimension::id).collect(Collectors.toUnmodifiableSet());
    }
}
