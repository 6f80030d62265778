package org.waymark.audit.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.waymark.platform.database.AdvisoryLocks;

import java.util.List;
import java.util.Optional;

/** The stored chain. Only inserts and reads: the database refuses updates and deletes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditEntryRows extends GenericRepository<AuditEntryRow, Long> {

    AuditEntryRow save(AuditEntryRow entry);

    /**
     * The chain's lock, until the transaction ends, across every instance: held by the sequencer while it links
     * entries, and by checkpoints and audit retention while they read or cut the head.
     */
    @Query("select 1 from (select pg_advisory_xact_lock(" + AdvisoryLocks.AUDIT_CHAIN + ")) as locked")
    Integer lockChain();

    @Query("select * from audit_entry order by seq limit 1")
    Optional<AuditEntryRow> findFirst();

    /** Removes entries up to a signed checkpoint older than the period (the database enforces at least a year). */
    @Query("select audit_remove_up_to_checkpoint(:anchor, cast(:olderThan as interval))")
    long removeUpToCheckpoint(long anchor, String olderThan);

    @Query("select * from audit_entry order by seq desc limit 1")
    Optional<AuditEntryRow> findHead();

    @Query("select * from audit_entry where seq > :after order by seq limit :limit")
    List<AuditEntryRow> findPage(long after, int limit);

    @Query("select * from audit_entry where (cast(:actorId as uuid) is null or actor_id = cast(:actorId as uuid)) "
            + "and (cast(:recordId as text) is null or record_id = cast(:recordId as text)) "
            + "and (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz)) "
            + "and (cast(:to as timestamptz) is null or at < cast(:to as timestamptz)) order by seq limit :limit")
    List<AuditEntryRow> search(@io.micronaut.core.annotation.Nullable java.util.UUID actorId, @io.micronaut.core.annotation.Nullable String recordId,
                            @io.micronaut.core.annotation.Nullable java.time.Instant from, @io.micronaut.core.annotation.Nullable java.time.Instant to, int limit);

    @Query("select * from audit_entry where record_id = :recordId order by seq")
    List<AuditEntryRow> findByRecordId(String recordId);
}
