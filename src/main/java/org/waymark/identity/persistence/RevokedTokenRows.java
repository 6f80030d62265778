package org.waymark.identity.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Token ids revoked by sign-out, kept until the token would have expired. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RevokedTokenRows extends GenericRepository<RevokedTokenRow, String> {

    @Query("insert into revoked_token (jti, expires_at) values (:jti, :expiresAt) on conflict (jti) do nothing")
    void revoke(String jti, Instant expiresAt);

    @Query("select * from revoked_token where expires_at >= :now")
    List<RevokedTokenRow> findAllUnexpired(Instant now);

    @Query("delete from revoked_token where expires_at < :now")
    void forgetExpired(Instant now);
}
