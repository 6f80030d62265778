package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Consent records, one per purpose; recording again replaces the earlier record. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConsentRows extends GenericRepository<ConsentRow, UUID> {

    List<ConsentRow> findByScreeningId(UUID screeningId);

    /** {@code sealedRepresentative}: the sealed representative in base64 (a byte[] query parameter would be bound as text). */
    @Query("insert into consent (id, screening_id, purpose, status, told, representative_sealed, recorded_at, recorded_by) "
            + "values (:id, :screeningId, :purpose, :status, :told, decode(:sealedRepresentative, 'base64'), :at, :by) "
            + "on conflict (screening_id, purpose) do update set status = excluded.status, told = excluded.told, representative = null, "
            + "representative_sealed = excluded.representative_sealed, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by")
    void record(UUID id, UUID screeningId, String purpose, String status, String told, @Nullable String sealedRepresentative, Instant at,
                UUID by);
}
