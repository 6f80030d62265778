package org.waymark.training.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.waymark.platform.database.AdvisoryLocks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Programme sessions by date. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TrainingSessionRows extends CrudRepository<TrainingSessionRow, UUID> {

    List<TrainingSessionRow> findByHeldOnBetweenOrderByHeldOnDesc(LocalDate from, LocalDate to);

    /** Serialises concurrent requests under one client-chosen id until the end of the transaction. */
    @Query("select pg_advisory_xact_lock(hashtextextended(:key, " + AdvisoryLocks.TRAINING_RECORD_ID_SEED + ")) is not null")
    boolean lockId(String key);

    /** Corrects a session if it is still at {@code version} (the optimistic check); 0 when it changed meanwhile or is gone. */
    @Query("update training_session set held_on = :heldOn, place = :place, type = :type, countries_visited = :countriesVisited, "
            + "version = version + 1 where id = :id and version = :version")
    int correct(UUID id, LocalDate heldOn, String place, String type, String countriesVisited, long version);
}
