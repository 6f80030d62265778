package org.waymark.identity.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stored notices of case-reading access given by administrators. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseAccessGrantRows extends CrudRepository<CaseAccessGrantRow, UUID> {

    List<CaseAccessGrantRow> findByGrantedAtGreaterThanOrderByGrantedAtDesc(Instant since);
}
