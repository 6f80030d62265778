package org.waymark.identity.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** Stored regions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RegionRows extends CrudRepository<RegionRow, UUID> {

    Optional<RegionRow> findByCode(String code);
}
