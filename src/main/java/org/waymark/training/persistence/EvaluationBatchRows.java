package org.waymark.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Evaluation submits by their client id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EvaluationBatchRows extends CrudRepository<EvaluationBatchRow, UUID> {

    void deleteBySessionId(UUID sessionId);
}
