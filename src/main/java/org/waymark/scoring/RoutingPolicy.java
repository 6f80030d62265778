package org.waymark.scoring;

import org.waymark.catalogue.model.UrgentFlag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Urgent flags and the referral routes that follow (DOMAIN.md §4). Only indicators and the profile's
 * minor status decide: no personal attribute is ever read here.
 */
final class RoutingPolicy {

    private RoutingPolicy() {
    }

    static Set<UrgentFlag> urgentFlags(Findings findings) {
        Set<UrgentFlag> flags = EnumSet.noneOf(UrgentFlag.class);
        if (findings.minor()) {
            flags.add(UrgentFlag.MINOR);
        }
        findings.catalogue().indicators().values().stream()
                .filter(i -> findings.evidence().isPresent(i.id()))
                .forEach(i -> i.urgent().ifPresent(flags::add));
        return flags;
    }

    static List<RouteRecommendation> routes(Findings findings, Set<UrgentFlag> flags) {
        List<RouteRecommendation> routes = new ArrayList<>();
        boolean trafficking = findings.traffickingIndicated();
        boolean forcedLabour = findings.forcedLabour().indicated();
        boolean presumed = findings.anyStrongPresent() || forcedLabour;
        if (findings.exploitationPositive() || forcedLabour) {
            routes.add(new RouteRecommendation(Route.LABOUR_INSPECTORATE, forcedLabour ? "forced-labour-indicated" : "exploitative-conditions"));
        }
        if (trafficking || presumed) {
            routes.add(new RouteRecommendation(Route.VICTIM_SUPPORT_NGO, trafficking ? "trafficking-indicated" : "presumed-victim"));
        }
        boolean danger = flags.contains(UrgentFlag.VIOLENCE) || flags.contains(UrgentFlag.THREATS) || flags.contains(UrgentFlag.CONFINEMENT);
        if (trafficking || danger) {
            routes.add(new RouteRecommendation(Route.INVESTIGATION_OR_POLICE, danger ? "immediate-danger" : "trafficking-is-a-crime"));
        }
        if (findings.minor()) {
            routes.add(new RouteRecommendation(Route.CHILD_PROTECTION, "minor-always"));
        }
        return routes;
    }
}
