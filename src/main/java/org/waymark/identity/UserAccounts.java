package org.waymark.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored user accounts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccounts extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findAllOrderByUsername();

    List<UserAccount> findBySessionsValidAfterGreaterThan(java.time.Instant since);
}
