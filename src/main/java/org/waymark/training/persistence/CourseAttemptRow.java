package org.waymark.training.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One quiz attempt of a user: how many right of how many, whether it passed, and the choices made (question=key,…). */
@MappedEntity("course_attempt")
public record CourseAttemptRow(@Id UUID id, UUID userId, String courseId, String courseVersion, String moduleId, int correct,
                               int questions, boolean passed, String choices, Instant answeredAt) {
}
