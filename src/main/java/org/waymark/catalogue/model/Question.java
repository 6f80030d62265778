package org.waymark.catalogue.model;

import java.util.List;

/**
 * One question of a checklist: asked of the interviewee, or an observation the officer records without
 * asking. {@code presentWhen} is the answer that means its evidence is present; the evidence is the
 * indicators it names and the forced-labour items (ILO 2012 indicators, ICLS 2018 items) it names.
 * A question with no evidence is context (it steers the branching or is a fact a combination reads).
 */
public record Question(String id, Audience audience, Answer presentWhen, List<String> indicators, List<String> forcedLabourItems) {

    public Question {
        if (presentWhen != Answer.YES && presentWhen != Answer.NO) {
            throw new IllegalArgumentException("presentWhen must be YES or NO");
        }
        indicators = List.copyOf(indicators);
        forcedLabourItems = List.copyOf(forcedLabourItems);
    }

    /** Who answers: the person (asked in their language) or the officer (observed, never shown to the person). */
    public enum Audience {
        INTERVIEWEE, OFFICER
    }

    /** Whether this answer means the evidence is present. */
    public boolean evidences(Answer answer) {
        return answer == presentWhen;
    }

    /** Whether this answer settles the question the other way (evidence absent); UNKNOWN and DECLINED settle nothing. */
    public boolean rulesOut(Answer answer) {
        return (answer == Answer.YES || answer == Answer.NO) && answer != presentWhen;
    }

    /** A question of catalogue 1.0.0, where every question was an indicator (or a context question) and only YES counted. */
    public static Question legacy(String id, List<String> indicators, List<String> forcedLabourItems) {
        return new Question(id, Audience.INTERVIEWEE, Answer.YES, indicators, forcedLabourItems);
    }
}
