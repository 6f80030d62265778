package org.waymark.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The course as published data: both languages load with a quiz per module, and a changed published file stops the start. */
class CourseLoaderTest {

    @Test
    void loadsThePublishedCourseInEnglishAndPolishWithTheSameQuizzes() {
        Map<String, Course> course = new CourseLoader(getClass().getClassLoader()).latest("forced-labour");

        assertThat(course).containsOnlyKeys("en", "pl");
        assertThat(course.get("en").modules()).extracting(Course.Module::id)
                .containsExactly("indicators", "icls-2018", "polish-law", "interviewing", "interpreters", "first-contact");
        assertThat(course.get("pl").modules()).allSatisfy(m -> assertThat(m.quiz()).isNotEmpty());
        assertThat(course.get("pl").module("polish-law").orElseThrow().legalReview()).isTrue();
        assertThat(course.get("pl").module("polish-law").orElseThrow().text().get(0)).contains("Do weryfikacji przez prawnika");
    }

    @Test
    void refusesAPublishedCourseFileThatChanged(@TempDir Path root) throws Exception {
        ClassLoader published = getClass().getClassLoader();
        Path folder = Files.createDirectories(root.resolve(CourseLoader.FOLDER + "forced-labour/1.0.0"));
        for (String language : CourseLoader.LANGUAGES) {
            Files.write(folder.resolve(language + ".yaml"), published.getResourceAsStream(CourseLoader.FOLDER + "forced-labour/1.0.0/" + language + ".yaml").readAllBytes());
        }
        Files.write(root.resolve(CourseLoader.FOLDER + "published.sha256"), published.getResourceAsStream(CourseLoader.FOLDER + "published.sha256").readAllBytes());
        Files.writeString(folder.resolve("en.yaml"), Files.readString(folder.resolve("en.yaml")).replace("answer: b", "answer: a"));

        try (URLClassLoader changed = new URLClassLoader(new URL[]{root.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new CourseLoader(changed).latest("forced-labour"))
                    .hasMessageContaining("differs from its published hash");
        }
    }

    @Test
    void refusesLanguagesThatDisagreeOnTheRightAnswer() {
        String english = "course: c\nversion: 1.0.0\nlanguage: en\ntitle: T\nmodules:\n  - id: m\n    title: M\n    sources: [S]\n    text: [P]\n"
                + "    quiz:\n      - id: q\n        question: Q?\n        choices: {a: A, b: B}\n        answer: ANSWER\n        explanation: E\n";
        Course en = CourseLoader.parse("en.yaml", english.replace("ANSWER", "a").getBytes(StandardCharsets.UTF_8));
        Course pl = CourseLoader.parse("pl.yaml", english.replace("ANSWER", "b").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CourseLoader.checkSameShape(Map.of("en", en, "pl", pl))).hasMessageContaining("differ");
    }
}
