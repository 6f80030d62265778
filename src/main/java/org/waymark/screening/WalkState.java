package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a walk-through stands, without personal data: the status and version, the questions that apply in
 * checklist order, the answers so far, and the question on screen (the next open one, or one the officer
 * went back to) in the officer's and the interviewee's language.
 */
public record WalkState(UUID screening, ScreeningStatus status, long version, String catalogueId, String catalogueVersion, String checklist,
                        String intervieweeLanguage,
                        List<String> applicable, Map<String, String> answers, @Nullable NextQuestions.Question current,
                        @Nullable String previous) {

    public int answered() {
        return (int) applicable.stream().filter(answers::containsKey).count();
    }

    public boolean allAnswered() {
        return answered() == applicable.size();
    }

    /** The stored answer to the question on screen, if it has one (the officer went back to it). */
    @Nullable
    public String currentAnswer() {
        return current == null ? null : answers.get(current.id());
    }
}
