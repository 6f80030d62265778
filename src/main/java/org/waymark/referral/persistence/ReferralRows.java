package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.waymark.platform.database.AdvisoryLocks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReferralRows extends GenericRepository<ReferralRow, UUID> {

    ReferralRow save(ReferralRow row);

    Optional<ReferralRow> findById(UUID id);

    Optional<ReferralRow> findByIdAndOrganisationId(UUID id, UUID organisationId);

    /** Serialises concurrent creates under one client id until the end of the transaction. */
    @Query("select pg_advisory_xact_lock(hashtextextended(:key, " + AdvisoryLocks.REFERRAL_ID_SEED + ")) is not null")
    boolean lockId(String key);

    /** One packet deleter at a time across instances, for the rest of the transaction. */
    @Query("select pg_try_advisory_xact_lock(" + AdvisoryLocks.PACKET_RETENTION + ")")
    boolean tryPacketRetentionLock();

    /** Referrals whose packet the partner acknowledged before {@code before} and that still hold it. */
    @Query("select r.id from referral r where r.packet is not null and exists (select 1 from referral_event e "
            + "where e.referral_id = r.id and e.status = 'RECEIVED' and e.at < :before) order by r.created_at limit :limit")
    java.util.List<UUID> findPacketsDueForDeletion(java.time.Instant before, int limit);

    /** Declined, closed or revoked referrals whose last move was before {@code before} and that still hold their packet. */
    @Query("select r.id from referral r where r.packet is not null and r.status in ('DECLINED', 'CLOSED', 'REVOKED') "
            + "and (select max(e.at) from referral_event e where e.referral_id = r.id) < :before order by r.created_at limit :limit")
    java.util.List<UUID> findEndedPacketsDue(java.time.Instant before, int limit);

    /** Referrals sent before {@code sentBefore} whose packet the partner never acknowledged and that still hold it. */
    @Query("select r.id from referral r where r.packet is not null and r.created_at < :sentBefore and not exists "
            + "(select 1 from referral_event e where e.referral_id = r.id and e.status = 'RECEIVED') order by r.created_at limit :limit")
    java.util.List<UUID> findUnacknowledgedPacketsDue(java.time.Instant sentBefore, int limit);

    /** Referrals sent before {@code sentBefore} (the hard limit) that still hold their packet, whatever their status. */
    @Query("select r.id from referral r where r.packet is not null and r.created_at < :sentBefore order by r.created_at limit :limit")
    java.util.List<UUID> findPacketsPastOpenLimit(java.time.Instant sentBefore, int limit);

    /**
     * Marks an open referral whose last move was before {@code lastMoveBefore} as reported overdue, unless it was
     * already reported since that move; 1 when this call reported it.
     */
    @Query("update referral r set overdue_reported_at = :now where r.id = :id and r.status in ('SENT', 'RECEIVED', 'ACCEPTED') "
            + "and (r.overdue_reported_at is null or r.overdue_reported_at < "
            + "(select max(e.at) from referral_event e where e.referral_id = r.id))")
    int markOverdueReported(UUID id, java.time.Instant now);

    @Query("update referral set packet = null, packet_deleted_at = :now where id = :id and packet is not null")
    int deletePacket(UUID id, java.time.Instant now);

    @Query("select * from referral where id = :id for update")
    Optional<ReferralRow> lockById(UUID id);

    /** Moves the referral if it is still at {@code version} (the optimistic check); 0 when it changed meanwhile. */
    @Query("update referral set status = :status, outcome = :outcome, version = version + 1 where id = :id and version = :version")
    int move(UUID id, String status, @Nullable String outcome, long version);

    /** Records one thing a closed referral led to (referral/PartnerResult). */
    @Query("insert into referral_result (referral_id, result) values (:id, :result) on conflict do nothing")
    int addResult(UUID id, String result);

    /** What a closed referral led to, as the partner recorded it (referral/PartnerResult), in name order. */
    @Query("select result from referral_result where referral_id = :id order by result")
    List<String> findResults(UUID id);

    /** Where the referral's joint inspection stands: its name, or empty text when none was asked for. */
    @Query("select coalesce(joint_inspection, '') from referral where id = :id")
    Optional<String> findJointInspection(UUID id);

    /** What the sealed packet of an anonymous notification left out of the workplace: the codes, comma-separated, or empty text. */
    @Query("select coalesce(workplace_withheld, '') from referral where id = :id")
    Optional<String> findWorkplaceWithheld(UUID id);

    /** Records what the sealed packet of an anonymous notification left out of the workplace: the codes, comma-separated. */
    @Query("update referral set workplace_withheld = :codes where id = :id")
    int setWorkplaceWithheld(UUID id, String codes);

    /** A joint inspection request's proposed dates (comma-separated, may be null) and sealed contact (may be null). */
    @Query("update referral set joint_inspection_proposed_dates = :dates, joint_inspection_contact_sealed = :contactSealed where id = :id")
    int setJointInspectionRequest(UUID id, @Nullable String dates, @Nullable byte[] contactSealed);

    /** Moves the joint inspection if the referral is still at {@code version}; 0 when it changed meanwhile. */
    @Query("update referral set joint_inspection = :state, joint_inspection_date = :date, joint_inspection_reason_sealed = :reasonSealed, "
            + "version = version + 1 where id = :id and version = :version")
    int moveJointInspection(UUID id, String state, @Nullable java.time.LocalDate date, @Nullable byte[] reasonSealed, long version);

    /** Records the band of wage arrears recovered when the referral closed. */
    @Query("update referral set wage_arrears = :wageArrears where id = :id")
    int setWageArrears(UUID id, @Nullable String wageArrears);
}
