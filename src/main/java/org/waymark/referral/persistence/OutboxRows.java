package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRows extends GenericRepository<OutboxRow, UUID> {

    OutboxRow save(OutboxRow row);

    Optional<OutboxRow> findById(UUID referralId);

    /**
     * Entries due for a push, locked for this transaction; entries another instance holds are skipped, so
     * several instances share the work without sending one entry twice at the same time.
     */
    @Query("select o.* from referral_outbox o join referral r on r.id = o.referral_id join partner p on p.organisation_id = r.organisation_id "
            + "where o.delivered_at is null and o.next_attempt_at <= :now and p.push_endpoint is not null "
            + "order by o.next_attempt_at limit :limit for update of o skip locked")
    List<OutboxRow> lockDue(Instant now, int limit);

    /** Counts an attempt and holds the entry until {@code leaseUntil}, when it is due again unless its outcome was recorded. */
    @Query("update referral_outbox set attempts = attempts + 1, next_attempt_at = :leaseUntil where referral_id = :referralId")
    int claim(UUID referralId, Instant leaseUntil);

    @Query("update referral_outbox set delivered_at = :now, last_error = null where referral_id = :referralId and delivered_at is null")
    int delivered(UUID referralId, Instant now);

    /** Records a failed attempt, unless the entry was delivered or claimed again (counted as a later attempt) since. */
    @Query("update referral_outbox set next_attempt_at = :next, last_error = :error "
            + "where referral_id = :referralId and attempts = :attempt and delivered_at is null")
    int failed(UUID referralId, int attempt, Instant next, @Nullable String error);
}
