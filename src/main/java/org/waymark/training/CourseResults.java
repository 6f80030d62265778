package org.waymark.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.Usernames;
import org.waymark.identity.security.CurrentUser;
import org.waymark.training.persistence.CourseAttemptRow;
import org.waymark.training.persistence.CourseAttemptRows;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The course results trainers follow: for each user who has taken a quiz of the current course, the quizzes passed,
 * the last score in each module and when the course was completed; the user name and nothing else of the user. Each
 * user's results a trainer reads is an audited read with its purpose.
 */
@Singleton
public class CourseResults {

    /** Why a trainer reads course results, as the audit trail records it. */
    public static final String PURPOSE = "course results: training programme follow-up";

    private final CourseLibrary library;
    private final CourseAttemptRows attempts;
    private final Usernames usernames;
    private final AuditTrail trail;

    CourseResults(CourseLibrary library, CourseAttemptRows attempts, Usernames usernames, AuditTrail trail) {
        this.library = library;
        this.attempts = attempts;
        this.usernames = usernames;
        this.trail = trail;
    }

    /** The last attempt at one module: its score and whether it passed. */
    @Serdeable
    public record LastScore(String moduleId, int correct, int questions, boolean passed, Instant answeredAt) {
    }

    /** One user's standing: quizzes passed of all, the last score per module taken, and when every quiz was passed. */
    @Serdeable
    public record Learner(String username, int passed, int modules, List<LastScore> lastScores, @Nullable Instant completedAt) {
    }

    /** Every user who has taken a quiz of the current course, by user name; each one's read is audited. */
    @Transactional
    public List<Learner> all(CurrentUser trainer) {
        Course course = library.course("en");
        Map<UUID, List<CourseAttemptRow>> byUser = attempts.findByCourseIdAndCourseVersionOrderByAnsweredAt(course.id(), course.version())
                .stream().collect(Collectors.groupingBy(CourseAttemptRow::userId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, String> names = usernames.of(byUser.keySet());
        List<Learner> learners = byUser.entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                .map(e -> learner(course, names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Learner::username)).toList();
        byUser.keySet().stream().filter(names::containsKey).forEach(user -> trail.record(new AuditEvent(trainer.id(), trainer.role().name(),
                trainer.unitId(), trainer.organisationId(), AuditAction.READ, "course_results", user.toString(), PURPOSE)));
        return learners;
    }

    private static Learner learner(Course course, String username, List<CourseAttemptRow> rows) {
        List<LastScore> last = course.modules().stream().map(m -> rows.stream().filter(r -> r.moduleId().equals(m.id()))
                .reduce((first, second) -> second)).flatMap(Optional::stream)
                .map(r -> new LastScore(r.moduleId(), r.correct(), r.questions(), r.passed(), r.answeredAt())).toList();
        int passed = (int) course.modules().stream().filter(m -> rows.stream().anyMatch(r -> r.moduleId().equals(m.id()) && r.passed())).count();
        return new Learner(username, passed, course.modules().size(), last, CourseProgress.completedAt(course, rows).orElse(null));
    }
}
