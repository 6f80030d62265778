package org.waymark.workplace.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WorkplaceFactsRows extends GenericRepository<WorkplaceFactsRow, UUID> {

    Optional<WorkplaceFactsRow> findById(UUID screeningId);

    /** Records the facts, replacing earlier ones; the version counts the recordings. */
    @Query("insert into workplace_facts (screening_id, sealed, version, recorded_by, recorded_at) values (:screeningId, :sealed, 1, :by, :now) "
            + "on conflict (screening_id) do update set sealed = excluded.sealed, version = workplace_facts.version + 1, "
            + "recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at")
    void upsert(UUID screeningId, byte[] sealed, UUID by, Instant now);

    /** Whether the screening is the unit's own and its personal data not purged. */
    @Query("select count(*) > 0 from screening where id = :screeningId and unit_id = :unitId")
    boolean screeningOfUnit(UUID screeningId, UUID unitId);
}
