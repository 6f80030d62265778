package org.waymark.training.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** Quiz attempts, per user and course version. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CourseAttemptRows extends CrudRepository<CourseAttemptRow, UUID> {

    List<CourseAttemptRow> findByUserIdAndCourseIdAndCourseVersionOrderByAnsweredAt(UUID userId, String courseId, String courseVersion);

    /** Every user's attempts at one course version, oldest first. */
    List<CourseAttemptRow> findByCourseIdAndCourseVersionOrderByAnsweredAt(String courseId, String courseVersion);
}
