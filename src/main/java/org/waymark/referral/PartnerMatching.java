package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import org.waymark.scoring.Route;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which partners a case can be referred to: a partner whose kind is one of the recommended routes, that serves the
 * officer's region (or every region) and has a usable key. Nothing about the person counts.
 */
public final class PartnerMatching {

    private PartnerMatching() {
    }

    /** The partners, in their given order, that fit one of {@code routes} in {@code region} (the region's code; null for none). */
    public static List<PartnerView> fitting(List<PartnerView> partners, Collection<Route> routes, @Nullable String region) {
        Set<String> kinds = routes.stream().map(Route::name).collect(Collectors.toSet());
        return partners.stream()
                .filter(p -> kinds.contains(p.type().name()))
                .filter(p -> p.regions().isEmpty() || region != null && p.regions().contains(region))
                .filter(p -> p.key() != null && p.key().usable())
                .toList();
    }
}
