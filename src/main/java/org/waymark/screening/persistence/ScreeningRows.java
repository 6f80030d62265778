package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.waymark.platform.database.AdvisoryLocks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Screenings, always looked up within a unit: a screening of another unit is simply not found. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ScreeningRows extends GenericRepository<ScreeningRow, UUID> {

    ScreeningRow save(ScreeningRow row);

    Optional<ScreeningRow> findByIdAndUnitId(UUID id, UUID unitId);

    Optional<ScreeningRow> findById(UUID id);

    /** Whether the screening (as far as the caller's unit scope shows it) is a training screening; empty when it shows none. */
    @Query("select training from screening where id = :id")
    Optional<Boolean> findTrainingById(UUID id);

    List<ScreeningRow> findByUnitIdOrderByCreatedAtDesc(UUID unitId);

    @Query("update screening set status = 'COMPLETED', version = version + 1, updated_at = :now, completed_at = :now, "
            + "final_assessment = :assessment where id = :id and unit_id = :unitId and version = :expected and status = 'IN_PROGRESS'")
    int complete(UUID id, UUID unitId, long expected, Instant now, String assessment);

    /** One purger at a time across instances, for the rest of the transaction. */
    @Query("select pg_try_advisory_xact_lock(" + AdvisoryLocks.SCREENING_RETENTION + ")")
    boolean tryRetentionLock();

    /**
     * Screenings whose personal data is due for erasure: without a referral, untouched (last change or
     * completion) since {@code unreferredBefore}; with referrals, once none holds it any more. A referral holds its
     * screening while it is open or ended at or after {@code referralsEndedBefore}, unless it was sent before
     * {@code referralsSentBefore} (the hard limit of retention/ReferralRetentionPolicy). Held ones excluded.
     */
    @Query(DUE + " and not exists (select 1 from legal_hold h where h.screening_id = s.id and h.released_at is null) "
            + "order by s.updated_at limit :limit")
    List<UUID> findDueForPurge(Instant unreferredBefore, Instant referralsEndedBefore, Instant referralsSentBefore, int limit);

    /** Screenings that would be due but are under a legal hold: skipped, and reported. */
    @Query(DUE + " and exists (select 1 from legal_hold h where h.screening_id = s.id and h.released_at is null) order by s.id")
    List<UUID> findHeldButDue(Instant unreferredBefore, Instant referralsEndedBefore, Instant referralsSentBefore);

    String DUE = "select s.id from screening s where s.purged_at is null and ("
            + "(not exists (select 1 from referral r where r.screening_id = s.id) and s.updated_at < :unreferredBefore) "
            + "or (exists (select 1 from referral r where r.screening_id = s.id) "
            + "and not exists (select 1 from referral r where r.screening_id = s.id and r.created_at >= :referralsSentBefore "
            + "and (r.status not in ('DECLINED', 'CLOSED', 'REVOKED') "
            + "or exists (select 1 from referral_event e where e.referral_id = r.id and e.at >= :referralsEndedBefore)))))";

    /** The screening's referrals that still hold a packet: deleted with the screening's personal data. */
    @Query("select r.id from referral r where r.screening_id = :id and r.packet is not null order by r.created_at")
    List<UUID> findReferralsHoldingPackets(UUID id);

    @Query("update referral set packet = null, packet_deleted_at = :now where id = :referralId and packet is not null")
    int deleteReferralPacket(UUID referralId, Instant now);

    /** Destroys the data key and the personal data of the screening; what remains is de-identified. */
    @Query("update screening set wrapped_key = null, personal_data = null, reopen_reason = null, reopen_reason_sealed = null, "
            + "purged_at = :now where id = :id")
    int shred(UUID id, Instant now);

    /** Every text typed about the case outside the screening row: hold and referral reasons, stated read purposes. */
    @Query("update legal_hold set reason = null, reason_sealed = null, release_reason = null, release_reason_sealed = null "
            + "where screening_id = :id")
    int shredHoldReasons(UUID id);

    /** The reasons typed for the referrals' moves (declining, revoking, closing) may name the person: erased too. */
    @Query("update referral_event set reason = null, reason_sealed = null where referral_id in (select r.id from referral r where r.screening_id = :id)")
    int shredReferralReasons(UUID id);

    @Query("delete from read_purpose where screening_id = :id")
    int shredReadPurposes(UUID id);

    @Query("delete from workplace_facts where screening_id = :id")
    int shredWorkplaceFacts(UUID id);

    @Query("update screening_answer set note = null where screening_id = :id")
    int shredNotes(UUID id);

    @Query("update consent set representative = null, representative_sealed = null where screening_id = :id")
    int shredConsentDetails(UUID id);

    /**
     * Deletes a screening of the unit that nothing was recorded in yet: in progress, no answer, no consent, no legal
     * hold, no referral, no stated read purpose. Its personal data goes with the row (the data key is in the row). One statement, so an answer
     * saved meanwhile on another device makes it delete nothing.
     */
    @Query("delete from screening s where s.id = :id and s.unit_id = :unitId and s.status = 'IN_PROGRESS' "
            + "and not exists (select 1 from screening_answer a where a.screening_id = s.id) "
            + "and not exists (select 1 from consent c where c.screening_id = s.id) "
            + "and not exists (select 1 from legal_hold h where h.screening_id = s.id) "
            + "and not exists (select 1 from referral r where r.screening_id = s.id) "
            + "and not exists (select 1 from read_purpose p where p.screening_id = s.id)")
    int deleteUnrecorded(UUID id, UUID unitId);

    /**
     * Changes the start details of an in-progress screening at version {@code expected} without answers (one statement,
     * so an answer saved meanwhile makes it change nothing). {@code sealedPerson}: the personal data sealed under the
     * screening's own data key, in base64.
     */
    @Query("update screening s set checklist_id = :checklistId, profile = :profile, interviewee_language = :intervieweeLanguage, "
            + "interpreter_present = :interpreterPresent, interpreter_language = :interpreterLanguage, place_type = :placeType, "
            + "age_band = :ageBand, sex = :sex, nationality = :nationality, sector = :sector, minor_presumed = :minorPresumed, "
            + "personal_data = decode(:sealedPerson, 'base64'), version = version + 1, updated_at = :now "
            + "where s.id = :id and s.unit_id = :unitId and s.version = :expected and s.status = 'IN_PROGRESS' and s.purged_at is null "
            + "and not exists (select 1 from screening_answer a where a.screening_id = s.id)")
    int changeStartDetails(UUID id, UUID unitId, long expected, String checklistId, String profile, String intervieweeLanguage,
                           boolean interpreterPresent, @Nullable String interpreterLanguage, String placeType, String ageBand, String sex,
                           @Nullable String nationality, @Nullable String sector, boolean minorPresumed, String sealedPerson, Instant now);

    /** {@code sealedReason}: the sealed reopen reason in base64 (a byte[] query parameter would be bound as text). */
    @Query("update screening set status = 'IN_PROGRESS', version = version + 1, updated_at = :now, completed_at = null, "
            + "final_assessment = null, reopen_reason = null, reopen_reason_sealed = decode(:sealedReason, 'base64') "
            + "where id = :id and unit_id = :unitId and status = 'COMPLETED'")
    int reopen(UUID id, UUID unitId, Instant now, String sealedReason);
}
