package org.waymark.referral.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReferralEventRows extends GenericRepository<ReferralEventRow, Long> {

    ReferralEventRow save(ReferralEventRow row);

    List<ReferralEventRow> findByReferralIdOrderById(UUID referralId);

    Optional<ReferralEventRow> findFirstByReferralIdOrderByIdDesc(UUID referralId);
}
