package org.waymark.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Participant counts of sessions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ParticipationRows extends CrudRepository<ParticipationRow, UUID> {

    List<ParticipationRow> findBySessionIdIn(Collection<UUID> sessionIds);

    void deleteBySessionId(UUID sessionId);
}
