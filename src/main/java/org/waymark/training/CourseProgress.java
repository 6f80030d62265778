package org.waymark.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.identity.security.CurrentUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.training.persistence.CourseAttemptRow;
import org.waymark.training.persistence.CourseAttemptRows;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's way through the course: quiz attempts marked against the right answers and kept (retries are new
 * attempts), each module's best result, and whether every quiz is passed (then the certificate is due).
 */
@Singleton
public class CourseProgress {

    private final CourseLibrary library;
    private final CourseAttemptRows attempts;
    private final Clock clock;

    CourseProgress(CourseLibrary library, CourseAttemptRows attempts, Clock clock) {
        this.library = library;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** One module's standing for a user: attempts so far, best score, passed or not. */
    public record ModuleStanding(Course.Module module, int attempts, int bestCorrect, boolean passed) {
    }

    /** An attempt as marked: the choices made, how many were right, and whether it passed. */
    @io.micronaut.serde.annotation.Serdeable
    public record Attempt(UUID id, String moduleId, int correct, int questions, boolean passed, Map<String, String> choices, Instant answeredAt) {
    }

    /** Marks an answered quiz and keeps it; every question needs one of its choices. */
    @Transactional
    public Attempt answer(CurrentUser user, String moduleId, Map<String, String> choices) {
        Course.Module module = library.course("en").module(moduleId).orElseThrow(() -> new NotFoundException("module"));
        List<InvalidInputException.Violation> missing = new ArrayList<>();
        int correct = 0;
        for (Course.Question question : module.quiz()) {
            String chosen = choices.get(question.id());
            if (chosen == null || !question.choices().containsKey(chosen)) {
                missing.add(new InvalidInputException.Violation(question.id(), "choose one of the answers"));
            } else if (chosen.equals(question.answer())) {
                correct++;
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        module.quiz().forEach(q -> kept.put(q.id(), choices.get(q.id())));
        Course course = library.course("en");
        CourseAttemptRow row = attempts.save(new CourseAttemptRow(UUID.randomUUID(), user.id(), course.id(), course.version(), moduleId,
                correct, module.quiz().size(), library.passes(correct, module.quiz().size()), encode(kept), clock.instant()));
        return attempt(row);
    }

    /** One of the user's own attempts. */
    public Attempt attempt(CurrentUser user, UUID attemptId) {
        return attempts.findById(attemptId).filter(a -> a.userId().equals(user.id())).map(CourseProgress::attempt)
                .orElseThrow(() -> new NotFoundException("attempt"));
    }

    /** Every module of the course with the user's standing, in course order. */
    public List<ModuleStanding> standings(CurrentUser user, String language) {
        Course course = library.course(language);
        List<CourseAttemptRow> rows = rows(user);
        return course.modules().stream().map(m -> {
            List<CourseAttemptRow> mine = rows.stream().filter(r -> r.moduleId().equals(m.id())).toList();
            return new ModuleStanding(m, mine.size(), mine.stream().mapToInt(CourseAttemptRow::correct).max().orElse(0),
                    mine.stream().anyMatch(CourseAttemptRow::passed));
        }).toList();
    }

    /** When the user passed the last of the quizzes, if every quiz is passed. */
    public Optional<Instant> completedAt(CurrentUser user) {
        return completedAt(library.course("en"), rows(user));
    }

    /** When the last of the course's quizzes was first passed in these attempts (oldest first), if every one was. */
    static Optional<Instant> completedAt(Course course, List<CourseAttemptRow> rows) {
        Map<String, Instant> firstPass = new LinkedHashMap<>();
        rows.stream().filter(CourseAttemptRow::passed).forEach(r -> firstPass.putIfAbsent(r.moduleId(), r.answeredAt()));
        boolean all = course.modules().stream().allMatch(m -> firstPass.containsKey(m.id()));
        return all ? firstPass.values().stream().max(Instant::compareTo) : Optional.empty();
    }

    private List<CourseAttemptRow> rows(CurrentUser user) {
        Course course = library.course("en");
        return attempts.findByUserIdAndCourseIdAndCourseVersionOrderByAnsweredAt(user.id(), course.id(), course.version());
    }

    private static Attempt attempt(CourseAttemptRow row) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String pair : row.choices().split(",")) {
            String[] parts = pair.split("=", 2);
            choices.put(parts[0], parts[1]);
        }
        return new Attempt(row.id(), row.moduleId(), row.correct(), row.questions(), row.passed(), choices, row.answeredAt());
    }

    private static String encode(Map<String, String> choices) {
        return String.join(",", choices.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
