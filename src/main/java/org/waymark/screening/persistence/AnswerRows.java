package org.waymark.screening.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Saved answers, as read; they are written by {@link AnswerWriter}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AnswerRows extends GenericRepository<ScreeningRow, UUID> {

    @Query("select * from screening_answer where screening_id = :screeningId order by answered_at")
    List<AnswerRow> findByScreening(UUID screeningId);

    /** The answers of every screening of a unit, for its list (notes stay encrypted). */
    @Query("select a.* from screening_answer a join screening s on s.id = a.screening_id where s.unit_id = :unitId order by a.answered_at")
    List<AnswerRow> findByUnit(UUID unitId);
}
