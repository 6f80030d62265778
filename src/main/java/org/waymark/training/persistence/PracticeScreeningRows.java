package org.waymark.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Practice screenings by their screening id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PracticeScreeningRows extends CrudRepository<PracticeScreeningRow, UUID> {
}
