package org.waymark.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A practice case as a trainer wrote it, at one revision, against one catalogue version: the invented person's story,
 * what the officer sees, the expected outcome, and per question the scripted reply (in the person's language, with a gloss
 * for the trainer), the answer it should be recorded as, and a teaching note. {@code redo}: the questions whose replies must
 * be written again for the newest catalogue version (reworded, new or gone); empty when the case is current.
 */
@Serdeable
public record PracticeCase(UUID id, int revision, String title, String catalogue, String catalogueVersion, String checklist,
                           String intervieweeLanguage, Start start, String narrative, String observations, Expected expected,
                           List<Reply> replies, @Nullable String newestCatalogueVersion, List<String> redo) {

    /** How the practice screening is started: the profile fields an officer would pick. */
    @Serdeable
    public record Start(String placeType, String exploitation, String ageBand, String sex) {
    }

    /** The outcome the case should reach: the risk level and whether trafficking and forced labour are indicated. */
    @Serdeable
    public record Expected(String riskLevel, boolean trafficking, boolean forcedLabour) {
    }

    /** The scripted reply to one question: what the person says, its gloss, the answer to record, and the teaching note. */
    @Serdeable
    public record Reply(String questionId, String reply, @Nullable String gloss, String answer, @Nullable String teachingNote) {
    }

    /** The officer's brief: what the trainee is told before the interview, never the person's story or replies. */
    @Serdeable
    public record Brief(UUID id, int revision, String title, String intervieweeLanguage, Start start, String observations) {
    }

    public Brief brief() {
        return new Brief(id, revision, title, intervieweeLanguage, start, observations);
    }

    public java.util.Optional<Reply> reply(String questionId) {
        return replies.stream().filter(r -> r.questionId().equals(questionId)).findFirst();
    }
}
