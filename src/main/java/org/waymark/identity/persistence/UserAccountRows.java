package org.waymark.identity.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.waymark.identity.Role;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored user accounts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccountRows extends CrudRepository<UserAccountRow, UUID> {

    Optional<UserAccountRow> findByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccountRow> findAllOrderByUsername();

    List<UserAccountRow> findByIdIn(java.util.Collection<UUID> ids);

    List<UserAccountRow> findBySessionsValidAfterGreaterThan(java.time.Instant since);
}
