package org.waymark.screening.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LegalHoldRows extends GenericRepository<LegalHoldRow, UUID> {

    LegalHoldRow save(LegalHoldRow row);

    Optional<LegalHoldRow> findByScreeningIdAndReleasedAtIsNull(UUID screeningId);

    /** {@code sealedReason}: the sealed release reason in base64 (a byte[] query parameter would be bound as text). */
    @Query("update legal_hold set released_by = :by, released_at = :at, release_reason_sealed = decode(:sealedReason, 'base64') "
            + "where screening_id = :screeningId and released_at is null")
    int release(UUID screeningId, UUID by, Instant at, String sealedReason);
}
