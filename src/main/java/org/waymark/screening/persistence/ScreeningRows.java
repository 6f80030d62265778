package org.waymark.screening.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Screenings, always looked up within a unit: a screening of another unit is simply not found. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ScreeningRows extends GenericRepository<ScreeningRow, UUID> {

    ScreeningRow save(ScreeningRow row);

    Optional<ScreeningRow> findByIdAndUnitId(UUID id, UUID unitId);

    Optional<ScreeningRow> findById(UUID id);

    List<ScreeningRow> findByUnitIdOrderByCreatedAtDesc(UUID unitId);

    /** Bumps the version if it is still {@code expected} and the screening is in progress; 1 if it did. */
    @Query("update screening set version = version + 1, updated_at = :now where id = :id and unit_id = :unitId "
            + "and version = :expected and status = 'IN_PROGRESS'")
    int touch(UUID id, UUID unitId, long expected, Instant now);

    @Query("update screening set status = 'COMPLETED', version = version + 1, updated_at = :now, completed_at = :now, "
            + "final_assessment = :assessment where id = :id and unit_id = :unitId and version = :expected and status = 'IN_PROGRESS'")
    int complete(UUID id, UUID unitId, long expected, Instant now, String assessment);

    /** One purger at a time across instances, for the rest of the transaction. */
    @Query("select pg_try_advisory_xact_lock(7265743002)")
    boolean tryRetentionLock();

    @Query("select id from screening where purged_at is null and updated_at < :before order by updated_at limit :limit")
    List<UUID> findDueForPurge(Instant before, int limit);

    /** Destroys the data key and the personal data of the screening; what remains is de-identified. */
    @Query("update screening set wrapped_key = null, personal_data = null, purged_at = :now where id = :id")
    int shred(UUID id, Instant now);

    @Query("update screening_answer set note = null where screening_id = :id")
    int shredNotes(UUID id);

    @Query("update consent set representative = null where screening_id = :id")
    int shredConsentDetails(UUID id);

    @Query("update screening set status = 'IN_PROGRESS', version = version + 1, updated_at = :now, completed_at = null, "
            + "final_assessment = null, reopen_reason = :reason where id = :id and unit_id = :unitId and status = 'COMPLETED'")
    int reopen(UUID id, UUID unitId, Instant now, String reason);
}
