package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.waymark.shared.TypedText;

import java.util.Set;

/** Consent for one purpose: the answer, what the person was told, and for a minor who represented them (sealed like personal data). */
@Serdeable
public record RecordConsent(@NotNull ConsentPurpose purpose, @NotNull ConsentStatus status, @NotNull Set<ToldItem> told,
                            @Nullable @Size(max = 100) @Pattern(regexp = TypedText.PATTERN, message = TypedText.MESSAGE) String representative) {
}
