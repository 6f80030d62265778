package org.waymark.workplace.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The workplace facts of a screening, sealed under its data key; who recorded them last, and when. */
@MappedEntity("workplace_facts")
public record WorkplaceFactsRow(@Id UUID screeningId, byte[] sealed, long version, UUID recordedBy, Instant recordedAt) {

    @Override
    public String toString() {
        return "WorkplaceFactsRow[" + screeningId + ", v" + version + "]";
    }
}
