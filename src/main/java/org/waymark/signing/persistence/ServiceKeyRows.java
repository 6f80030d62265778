package org.waymark.signing.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.waymark.platform.database.AdvisoryLocks;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ServiceKeyRows extends GenericRepository<ServiceKeyRow, UUID> {

    ServiceKeyRow save(ServiceKeyRow row);

    Optional<ServiceKeyRow> findById(UUID id);

    Optional<ServiceKeyRow> findByRetiredAtIsNull();

    /** One instance at a time makes the first key. */
    @Query("select pg_advisory_xact_lock(" + AdvisoryLocks.SIGNING_KEY + ") is not null")
    boolean lockCreation();
}
