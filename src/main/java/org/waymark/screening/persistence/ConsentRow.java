package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A consent record for one purpose of one screening; the representative sealed ({@code representative}: only from before V22). */
@MappedEntity("consent")
public record ConsentRow(@Id UUID id, UUID screeningId, String purpose, String status, String told,
                         @Nullable String representative, Instant recordedAt, UUID recordedBy, @Nullable byte[] representativeSealed) {
}
