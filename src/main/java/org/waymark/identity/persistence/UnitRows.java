package org.waymark.identity.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored units. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UnitRows extends CrudRepository<UnitRow, UUID> {

    Optional<UnitRow> findByCode(String code);

    List<UnitRow> findByRegionId(UUID regionId);
}
