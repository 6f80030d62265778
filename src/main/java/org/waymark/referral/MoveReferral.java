package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.waymark.shared.TypedText;

/** A move in the referral's lifecycle: the new status and, where the move needs one, the outcome or reason. */
@Serdeable
public record MoveReferral(@NotNull ReferralStatus status, @Nullable ClosingOutcome outcome, @Nullable @Size(max = 1000)
                           @Pattern(regexp = TypedText.PATTERN, message = TypedText.MESSAGE) String reason) {
}
