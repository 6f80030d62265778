package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * The structured results a partner records when closing a referral, with the wage arrears band. An inspection cannot
 * be both carried out and not possible; wage arrears are recovered only where the partner says what happened.
 */
public record PartnerOutcomes(Set<PartnerResult> results, @Nullable WageArrears wageArrears) {

    public static final PartnerOutcomes NONE = new PartnerOutcomes(Set.of(), null);

    public PartnerOutcomes {
        results = results == null ? Set.of() : Set.copyOf(results);
    }

    public boolean isEmpty() {
        return results.isEmpty() && wageArrears == null;
    }

    /** Whether these results can all be true of one referral. */
    public Decision check() {
        if (results.contains(PartnerResult.INSPECTION_CARRIED_OUT) && results.contains(PartnerResult.INSPECTION_NOT_POSSIBLE)) {
            return new Refused("referral.results-contradict", "results", "cannot say that the inspection was both carried out and not possible");
        }
        return Decision.allowed();
    }

    /** Whether a partner of this kind records all of these results ({@link PartnerResult#offeredTo}). */
    public Decision checkFor(org.waymark.identity.OrganisationType partner) {
        return results.stream().filter(result -> !result.recordedBy(partner)).sorted().findFirst()
                .<Decision>map(result -> new Refused("referral.result-not-for-partner", "results",
                        result + " is not recorded by a partner of this kind; offered: " + PartnerResult.offeredTo(partner)))
                .orElseGet(this::check);
    }
}
