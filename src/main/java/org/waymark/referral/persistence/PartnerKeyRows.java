package org.waymark.referral.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PartnerKeyRows extends GenericRepository<PartnerKeyRow, UUID> {

    PartnerKeyRow save(PartnerKeyRow row);

    Optional<PartnerKeyRow> findByOrganisationIdAndRetiredAtIsNull(UUID organisationId);

    List<PartnerKeyRow> findByOrganisationIdOrderByAddedAtDesc(UUID organisationId);

    @Query("update partner_key set retired_at = :now where organisation_id = :organisationId and retired_at is null")
    int retireActive(UUID organisationId, Instant now);

    /** Serialises key changes of one partner. */
    @Query("select id from organisation where id = :organisationId for update")
    Optional<UUID> lockOrganisation(UUID organisationId);
}
