package org.waymark.catalogue.model;

import java.util.List;
import java.util.Optional;

/** The texts of one question in one language: the officer's prompt and help (officer languages), the interviewee's questions. */
public record QuestionTexts(Optional<String> prompt, Optional<String> help, List<String> questions) {

    public QuestionTexts {
        questions = List.copyOf(questions);
    }
}
