package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PartnerRows extends GenericRepository<PartnerRow, UUID> {

    Optional<PartnerRow> findById(UUID organisationId);

    @Query("insert into partner (organisation_id, contact, push_endpoint, updated_at) values (:organisationId, :contact, :pushEndpoint, :updatedAt) "
            + "on conflict (organisation_id) do update set contact = excluded.contact, push_endpoint = excluded.push_endpoint, "
            + "updated_at = excluded.updated_at")
    void upsert(UUID organisationId, @Nullable String contact, @Nullable String pushEndpoint, java.time.Instant updatedAt);

    @Query(value = "select region_id from partner_region where organisation_id = :organisationId order by region_id")
    List<UUID> findRegions(UUID organisationId);

    @Query("delete from partner_region where organisation_id = :organisationId")
    void clearRegions(UUID organisationId);

    @Query("insert into partner_region (organisation_id, region_id) values (:organisationId, :regionId)")
    void addRegion(UUID organisationId, UUID regionId);
}
