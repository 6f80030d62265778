package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.waymark.identity.PlaceType;

import java.util.UUID;

/**
 * Change the start details of a screening before its first answer, at the version the client last saw: the fields of
 * {@link StartScreening} an officer chose, checked the same way. The catalogue and the training flag stay as started.
 */
@Serdeable
public record ChangeStartDetails(@NotNull @PositiveOrZero Long expectedVersion,
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
                                 @Nullable @Valid PersonalData person) {

    /** The details as the start of screening {@code id} in {@code catalogue} at {@code catalogueVersion}, for the start's checks. */
    StartScreening asStart(UUID id, String catalogue, String catalogueVersion, boolean training) {
        return new StartScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent, interpreterLanguage,
                placeType, exploitation, ageBand, sex, nationality, sector, possiblyMinor, person, training);
    }

    /** The details a start form gave, at {@code expectedVersion} (the page's form is the start form). */
    public static ChangeStartDetails of(StartScreening start, long expectedVersion) {
        return new ChangeStartDetails(expectedVersion, start.checklist(), start.intervieweeLanguage(), start.interpreterPresent(),
                start.interpreterLanguage(), start.placeType(), start.exploitation(), start.ageBand(), start.sex(), start.nationality(),
                start.sector(), start.possiblyMinor(), start.person());
    }

    @Override
    public String toString() {
        return "ChangeStartDetails[v" + expectedVersion + "]";
    }
}
