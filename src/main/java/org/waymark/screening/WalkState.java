package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a walk-through stands, without personal data: the status and version, the questions that apply in
 * checklist order, the answers so far, and the question on screen (the next open one, or one the officer
 * went back to) in the officer's and the interviewee's language; {@code training} marks a practice run, never referred.
 */
public record WalkState(UUID screening, ScreeningStatus status, long version, String catalogueId, String catalogueVersion, String checklist,
                        String intervieweeLanguage,
                        List<String> applicable, Map<String, String> answers, @Nullable NextQuestions.Question current,
                        @Nullable String previous, List<AnswerLine> answered, boolean training) {

    /**
     * An answered question as the officer reviews it: the officer's words, the answer given, and what it counts as —
     * {@code present} (the answer the catalogue counts), {@code ruled-out} (the other one) or {@code open}.
     */
    public record AnswerLine(String questionId, String prompt, String answer, String countsAs) {
    }

    public int answeredCount() {
        return (int) applicable.stream().filter(answers::containsKey).count();
    }

    public boolean allAnswered() {
        return answeredCount() == applicable.size();
    }

    /** The stored answer to the question on screen, if it has one (the officer went back to it). */
    @Nullable
    public String currentAnswer() {
        return current == null ? null : answers.get(current.id());
    }
}
