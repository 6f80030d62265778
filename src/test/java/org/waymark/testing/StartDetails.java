package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code PUT /api/v1/screenings/{id}/start-details}: the details of a {@link NewScreening} an officer chose,
 * at the version the client last saw; made with {@link NewScreening#startDetails}. {@code expectedVersion} null: left out.
 */
@Serdeable
public record StartDetails(@Nullable Long expectedVersion, String checklist, String intervieweeLanguage, boolean interpreterPresent,
                           String placeType, String exploitation, String ageBand, String sex, @Nullable String nationality,
                           NewScreening.Person person, @Nullable Boolean possiblyMinor, @Nullable String sector) {
}
