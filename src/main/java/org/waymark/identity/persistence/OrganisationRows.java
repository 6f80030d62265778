package org.waymark.identity.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** Stored partner organisations. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationRows extends CrudRepository<OrganisationRow, UUID> {

    Optional<OrganisationRow> findByCode(String code);
}
