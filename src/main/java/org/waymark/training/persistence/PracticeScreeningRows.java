package org.waymark.training.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Practice screenings by their screening id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PracticeScreeningRows extends CrudRepository<PracticeScreeningRow, UUID> {

    /** The practice screening when {@code officerId} started it. */
    @Query("select p.* from practice_screening p join screening s on s.id = p.screening_id where p.screening_id = :screeningId "
            + "and s.officer_id = :officerId")
    Optional<PracticeScreeningRow> findStartedBy(UUID screeningId, UUID officerId);

    /** The practice screenings {@code officerId} started, newest first. */
    @Query("select p.* from practice_screening p join screening s on s.id = p.screening_id where s.officer_id = :officerId "
            + "order by s.created_at desc")
    List<PracticeScreeningRow> findAllStartedBy(UUID officerId);
}
