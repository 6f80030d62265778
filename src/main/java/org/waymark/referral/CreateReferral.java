package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * An officer's request to refer a completed screening. {@code id} is chosen by the client: the same request
 * again returns the first result; the same id with another request is a conflict.
 *
 * @param language the language of the PDF (an officer language); English when absent
 */
@Serdeable
public record CreateReferral(@NotNull UUID id, @NotNull UUID partnerId, @Nullable @Size(max = 4000) String note,
                             @Nullable @Pattern(regexp = "[a-z]{2}") String language) {

    @Override
    public String toString() {
        return "CreateReferral[" + id + " to " + partnerId + "]";
    }
}
