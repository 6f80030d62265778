package org.waymark.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labels of DOMAIN.md §3, read from the findings. Uses the ILO/EC dimension ids: D1 deception,
 * D2 and D5 coercion, D1-D3 recruitment, D4 exploitation.
 */
final class OutcomePolicy {

    private static final Set<String> RECRUITMENT = Set.of("D1", "D2", "D3");

    private OutcomePolicy() {
    }

    static List<Outcome> outcomes(Findings findings) {
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> positive = findings.positiveDimensions();
        boolean trafficking = findings.traffickingIndicated();
        boolean exploitation = findings.exploitationPositive();
        if (trafficking) {
            outcomes.add(Outcome.TRAFFICKING_INDICATED);
        }
        if (findings.forcedLabour().indicated()) {
            outcomes.add(Outcome.FORCED_LABOUR_INDICATED);
        }
        if (!trafficking && positive.contains("D1") && exploitation && !positive.contains("D2") && !positive.contains("D5")) {
            outcomes.add(Outcome.DECEPTION_AND_EXPLOITATION);
        }
        if (!trafficking && exploitation && positive.stream().allMatch(findings.exploitationDimensions()::contains)) {
            outcomes.add(Outcome.EXPLOITATION_ONLY);
        }
        if (positive.stream().anyMatch(RECRUITMENT::contains) && !exploitation && !positive.contains("D5") && !positive.contains("D6")) {
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
