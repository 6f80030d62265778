package org.waymark.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Evaluation forms of sessions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EvaluationRows extends CrudRepository<EvaluationRow, UUID> {

    List<EvaluationRow> findBySessionIdIn(Collection<UUID> sessionIds);

    void deleteBySessionId(UUID sessionId);
}
