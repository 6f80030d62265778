package org.waymark.identity.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.waymark.identity.Role;
import org.waymark.platform.database.AdvisoryLocks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored user accounts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccountRows extends CrudRepository<UserAccountRow, UUID> {

    Optional<UserAccountRow> findByUsername(String username);

    boolean existsByRole(Role role);

    /** One instance at a time checks for and makes the first administrator (held until the transaction ends). */
    @Query("select pg_advisory_xact_lock(" + AdvisoryLocks.FIRST_ADMIN + ") is not null")
    boolean lockFirstAdmin();

    List<UserAccountRow> findAllOrderByUsername();

    List<UserAccountRow> findByIdIn(java.util.Collection<UUID> ids);

    List<UserAccountRow> findBySessionsValidAfterGreaterThan(java.time.Instant since);
}
