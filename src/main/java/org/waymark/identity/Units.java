package org.waymark.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored units. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Units extends CrudRepository<Unit, UUID> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByRegionId(UUID regionId);
}
