package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The referring unit's request for a joint inspection, both parts optional: up to three dates it proposes, and how the
 * inspectorate reaches the unit — a duty phone number or an e-mail address, never the person's details (the unit's
 * name goes with the request anyway; it is not personal data).
 */
@Serdeable
public record RequestJointInspection(@Nullable @Size(max = 3, message = "at most 3 dates") List<@NotNull LocalDate> proposedDates,
                                     @Nullable @Size(max = 200) @Pattern(regexp = CONTACT, message = "must be a phone number or an e-mail address")
                                     String unitContact) {

    /** A phone number (digits, spaces, +, -, brackets) or an e-mail address. */
    static final String CONTACT = "\\s*(\\+?[0-9][0-9 ()\\-]{5,28}[0-9]|[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+)\\s*";

    /** A request with neither dates nor contact (a request without a body). */
    public static RequestJointInspection none() {
        return new RequestJointInspection(null, null);
    }

    /** The proposed dates in order, each once. */
    public List<LocalDate> dates() {
        return proposedDates == null ? List.of() : proposedDates.stream().distinct().sorted().toList();
    }

    /** The contact without surrounding spaces, or null. */
    public @Nullable String contactOrNull() {
        return unitContact == null || unitContact.isBlank() ? null : unitContact.strip();
    }
}
