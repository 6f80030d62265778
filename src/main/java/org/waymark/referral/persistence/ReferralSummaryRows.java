package org.waymark.referral.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

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
}
