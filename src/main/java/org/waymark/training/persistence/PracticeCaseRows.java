package org.waymark.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Revisions of practice cases. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PracticeCaseRows extends CrudRepository<PracticeCaseRow, UUID> {

    Optional<PracticeCaseRow> findFirstByCaseIdOrderByRevisionDesc(UUID caseId);

    List<PracticeCaseRow> findAllOrderByRevisionDesc();

    Optional<PracticeCaseRow> findByCaseIdAndRevision(UUID caseId, int revision);

    /** Serialises concurrent requests under one client-chosen id until the end of the transaction. */
    @io.micronaut.data.annotation.Query("select pg_advisory_xact_lock(hashtextextended(:key, "
            + org.waymark.platform.database.AdvisoryLocks.TRAINING_RECORD_ID_SEED + ")) is not null")
    boolean lockId(String key);
}
