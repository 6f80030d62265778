package org.waymark.identity.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** Failed sign-ins per subject (account hash or keyed hash of the client address). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FailedSignInRows extends GenericRepository<FailedSignInRow, Long> {

    @Query("insert into failed_sign_in (subject, at) values (:subject, :at)")
    void record(String subject, Instant at);

    @Query("select count(*) from failed_sign_in where subject = :subject and at > :since")
    long countSince(String subject, Instant since);

    @Query("select max(at) from failed_sign_in where subject = :subject and at > :since")
    java.util.Optional<Instant> lastSince(String subject, Instant since);

    @Query("delete from failed_sign_in where subject = :subject")
    void clear(String subject);

    /** Forgets the failures the throttle no longer counts. */
    @Query("delete from failed_sign_in where at < :before")
    void pruneBefore(Instant before);
}
