package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A move in a referral's lifecycle as a test sends it: {@code ReferralMove.to("CLOSED").outcome("SUCCESSFUL").results(...)}.
 * Values stay strings so that a test can send one the service must refuse.
 */
@Serdeable
public record ReferralMove(String status, @Nullable String outcome, @Nullable String reason, @Nullable List<String> results,
                           @Nullable String wageArrears) {

    public static ReferralMove to(String status) {
        return new ReferralMove(status, null, null, null, null);
    }

    public ReferralMove outcome(String newOutcome) {
        return new ReferralMove(status, newOutcome, reason, results, wageArrears);
    }

    public ReferralMove reason(String newReason) {
        return new ReferralMove(status, outcome, newReason, results, wageArrears);
    }

    public ReferralMove results(List<String> newResults) {
        return new ReferralMove(status, outcome, reason, newResults, wageArrears);
    }

    public ReferralMove wageArrears(String newWageArrears) {
        return new ReferralMove(status, outcome, reason, results, newWageArrears);
    }
}
