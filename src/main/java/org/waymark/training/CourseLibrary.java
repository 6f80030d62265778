package org.waymark.training;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Singleton;

import java.util.Map;

/** The course officers take (its latest published version, loaded and checked at start-up) and its pass mark. */
@Singleton
@Context
public class CourseLibrary {

    static final String COURSE_ID = "forced-labour";

    private final Map<String, Course> byLanguage;
    private final int passMarkPercent;

    CourseLibrary(TrainingSettings settings) {
        this.byLanguage = new CourseLoader(CourseLibrary.class.getClassLoader()).latest(COURSE_ID);
        this.passMarkPercent = settings.passMark();
    }

    /** The course in the interface language (Polish or English). */
    public Course course(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get("en"));
    }

    public int passMarkPercent() {
        return passMarkPercent;
    }

    boolean passes(int correct, int questions) {
        return correct * 100 >= passMarkPercent * questions;
    }
}
