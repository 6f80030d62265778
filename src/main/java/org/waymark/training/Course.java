package org.waymark.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One language of a published course version (indicators-catalogue/course/): modules of text, each with its sources and
 * a quiz. Every language of a version has the same modules, questions, choices and right answers.
 */
public record Course(String id, String version, String language, String title, List<Module> modules) {

    public Course {
        modules = List.copyOf(modules);
    }

    public Optional<Module> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /** A module: paragraphs, sources, whether its text awaits a lawyer's check, and its quiz. */
    public record Module(String id, String title, List<String> sources, boolean legalReview, List<String> text, List<Question> quiz) {
        public Module {
            sources = List.copyOf(sources);
            text = List.copyOf(text);
            quiz = List.copyOf(quiz);
        }
    }

    /** A quiz question: the choices by key (in order), the key of the right one, and why it is right. */
    public record Question(String id, String question, Map<String, String> choices, String answer, String explanation) {
        public Question {
            choices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choices));
        }
    }
}
