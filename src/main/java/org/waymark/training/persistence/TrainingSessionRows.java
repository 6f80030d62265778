package org.waymark.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Programme sessions by date. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TrainingSessionRows extends CrudRepository<TrainingSessionRow, UUID> {

    List<TrainingSessionRow> findByHeldOnBetweenOrderByHeldOnDesc(LocalDate from, LocalDate to);
}
