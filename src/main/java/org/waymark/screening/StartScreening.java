package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.waymark.identity.PlaceType;

import java.util.UUID;

/**
 * Start a screening. {@code possiblyMinor}: with the age band UNKNOWN, the officer saw signs that the person may
 * be under 18, so the child profile is presumed. {@code id} is chosen by the client (a UUID), so a create retried over a flaky
 * network is recognised and answered with the first result.
 */
@Serdeable
public record StartScreening(@NotNull UUID id,
                             @NotBlank @Size(max = 80) String catalogue,
                             @Nullable @Size(max = 20) String catalogueVersion,
                             @NotBlank @Size(max = 80) String checklist,
                             @NotBlank @Pattern(regexp = "[a-z]{2,3}") String intervieweeLanguage,
                             boolean interpreterPresent,
                             @Nullable @Pattern(regexp = "[a-z]{2,3}") String interpreterLanguage,
                             @NotNull PlaceType placeType,
                             @NotNull Exploitation exploitation,
                             @NotNull AgeBand ageBand,
                             @NotNull Sex sex,
                             @Nullable @Pattern(regexp = "[A-Z]{2}") String nationality,
                             @Nullable Sector sector,
                             @Nullable Boolean possiblyMinor,
                             @Nullable @Valid PersonalData person,
                             boolean training) {

    @Override
    public String toString() {
        return "StartScreening[" + id + "]";
    }
}
