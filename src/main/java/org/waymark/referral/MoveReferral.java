package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move in the referral's lifecycle: the new status and, where the move needs one, the outcome or reason. */
@Serdeable
public record MoveReferral(@NotNull ReferralStatus status, @Nullable ClosingOutcome outcome, @Nullable @Size(max = 1000) String reason) {
}
