package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Saved answers. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AnswerRows extends GenericRepository<ScreeningRow, UUID> {

    @Query("select * from screening_answer where screening_id = :screeningId order by answered_at")
    List<AnswerRow> findByScreening(UUID screeningId);

    @Query("insert into screening_answer (screening_id, question_id, answer, note, answered_at, answered_by) "
            + "values (:screeningId, :questionId, :answer, :note, :at, :by) "
            + "on conflict (screening_id, question_id) do update set answer = excluded.answer, note = excluded.note, "
            + "answered_at = excluded.answered_at, answered_by = excluded.answered_by")
    void upsert(UUID screeningId, String questionId, String answer, @Nullable byte[] note, Instant at, UUID by);
}
