package org.waymark.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labels of DOMAIN.md §3, read from the findings and the roles the catalogue gives its dimensions
 * ({@link DimensionRoles}): deception and exploitation without coercion; exploitation only; a recruitment
 * dimension positive with no exploitation and no means at the destination yet.
 */
final class OutcomePolicy {

    private OutcomePolicy() {
    }

    static List<Outcome> outcomes(Findings findings) {
        DimensionRoles roles = DimensionRoles.of(findings.catalogue());
        Set<String> positive = findings.positiveDimensions();
        boolean trafficking = findings.traffickingIndicated();
        boolean exploitation = anyOf(positive, roles.exploitation());
        List<Outcome> outcomes = new ArrayList<>();
        if (trafficking) {
            outcomes.add(Outcome.TRAFFICKING_INDICATED);
        }
        if (findings.forcedLabour().indicated()) {
            outcomes.add(Outcome.FORCED_LABOUR_INDICATED);
        }
        if (!trafficking && exploitation && anyOf(positive, roles.deception()) && !anyOf(positive, roles.coercion())) {
            outcomes.add(Outcome.DECEPTION_AND_EXPLOITATION);
        }
        if (!trafficking && exploitation && roles.exploitation().containsAll(positive)) {
            outcomes.add(Outcome.EXPLOITATION_ONLY);
        }
        if (anyOf(positive, roles.recruitment()) && !exploitation && !anyOf(positive, roles.destinationMeans())) {
            outcomes.add(Outcome.RECRUITMENT_STAGE_RISK);
        }
        if (!trafficking && (findings.anyStrongPresent() || findings.forcedLabour().indicated())) {
            outcomes.add(Outcome.PRESUMED_NEEDS_SECOND_LINE);
        }
        if (outcomes.isEmpty()) {
            outcomes.add(Outcome.NO_INDICATION);
        }
        return outcomes;
    }

    private static boolean anyOf(Set<String> positive, Set<String> role) {
        return positive.stream().anyMatch(role::contains);
    }

    /** Monotone in the present indicators by construction: every condition only grows with more evidence. */
    static RiskLevel riskLevel(Findings findings) {
        if (findings.traffickingIndicated() || findings.forcedLabour().indicated()) {
            return RiskLevel.HIGH;
        }
        boolean beyondExploitation = findings.positiveDimensions().stream().anyMatch(d -> !findings.exploitationDimensions().contains(d));
        if (beyondExploitation || findings.anyStrongPresent()) {
            return RiskLevel.MEDIUM;
        }
        return findings.anyIndicatorPresent() ? RiskLevel.LOW : RiskLevel.NONE;
    }
}
