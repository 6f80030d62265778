package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.waymark.shared.TypedText;

import java.time.LocalDate;

/** The labour inspectorate's answer to a joint inspection request: AGREED with a date, or DECLINED with a reason. */
@Serdeable
public record AnswerJointInspection(@NotNull JointInspection answer, @Nullable LocalDate date, @Nullable @Size(max = 1000)
                                    @Pattern(regexp = TypedText.PATTERN, message = TypedText.MESSAGE) String reason) {
}
