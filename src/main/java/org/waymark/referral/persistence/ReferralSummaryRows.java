package org.waymark.referral.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Referrals without their packets, always looked up within a unit or a partner organisation. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReferralSummaryRows extends GenericRepository<ReferralSummaryRow, UUID> {

    List<ReferralSummaryRow> findByScreeningIdAndUnitIdOrderByCreatedAt(UUID screeningId, UUID unitId);

    Optional<ReferralSummaryRow> findByIdAndUnitId(UUID id, UUID unitId);

    List<ReferralSummaryRow> findByUnitIdOrderByCreatedAt(UUID unitId);

    Optional<ReferralSummaryRow> findByIdAndOrganisationId(UUID id, UUID organisationId);

    List<ReferralSummaryRow> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

    /** Open referrals (sent, received or accepted) of every unit whose last move was before {@code lastMoveBefore}, oldest first. */
    @Query("select r.id, r.screening_id, r.unit_id, r.organisation_id, r.format, r.status, r.outcome, r.named, r.minor, r.urgency, "
            + "r.language, r.created_at, r.version, r.packet_sha256, r.packet_size, r.key_fingerprint, r.packet_deleted_at, "
            + "r.joint_inspection, r.joint_inspection_date, r.joint_inspection_reason_sealed, r.wage_arrears, "
            + "r.workplace_withheld, r.joint_inspection_proposed_dates, r.joint_inspection_contact_sealed from referral r "
            + "where r.status in ('SENT', 'RECEIVED', 'ACCEPTED') "
            + "and (select max(e.at) from referral_event e where e.referral_id = r.id) < :lastMoveBefore order by r.created_at")
    List<ReferralSummaryRow> findOverdue(Instant lastMoveBefore);
}
