package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.waymark.shared.TypedText;

import java.util.Set;

/**
 * A move in the referral's lifecycle: the new status and, where the move needs one, the outcome or reason; when closing,
 * optionally what the referral led to ({@link PartnerResult}) and the wage arrears recovered.
 */
@Serdeable
public record MoveReferral(@NotNull ReferralStatus status, @Nullable ClosingOutcome outcome, @Nullable @Size(max = 1000)
                           @Pattern(regexp = TypedText.PATTERN, message = TypedText.MESSAGE) String reason,
                           @Nullable Set<PartnerResult> results, @Nullable WageArrears wageArrears) {

    /** The structured results of this move (none unless given). */
    public PartnerOutcomes partnerOutcomes() {
        return new PartnerOutcomes(results, wageArrears);
    }
}
