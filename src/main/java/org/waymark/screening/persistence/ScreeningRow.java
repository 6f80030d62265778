package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.waymark.screening.ScreeningStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored screening. Personal data is only the encrypted {@code personalData} under {@code wrappedKey}, and so is the
 * reason it was reopened ({@code reopenReasonSealed}; {@code reopenReason} holds only one recorded before V22).
 * {@code minorPresumed}: the child profile applies because the age is unknown and there were signs of minority.
 */
@MappedEntity("screening")
public record ScreeningRow(@Id UUID id, String requestHash, UUID unitId, UUID officerId, String catalogueId, String catalogueVersion,
                           String checklistId, String profile, String intervieweeLanguage, boolean interpreterPresent,
                           @Nullable String interpreterLanguage, String placeType, ScreeningStatus status, long version,
                           Instant createdAt, Instant updatedAt, @Nullable Instant completedAt, @Nullable String reopenReason,
                           @Nullable String ageBand, @Nullable String sex, @Nullable String nationality,
                           @Nullable byte[] wrappedKey, @Nullable byte[] personalData, @Nullable String finalAssessment,
                           @Nullable Instant purgedAt, boolean training,
                           @Nullable String sector, boolean minorPresumed, @Nullable byte[] reopenReasonSealed) {

    @Override
    public String toString() {
        return "ScreeningRow[" + id + ", " + status + ", v" + version + "]";
    }
}
