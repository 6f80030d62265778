package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the walk-through pages show on top for a practice screening (a screening run on an invented person from a
 * practice case): the case's brief and the scripted reply to each question the trainee has asked so far. Empty for
 * every real screening. Kept here so the walk-through needs no knowledge of how practice cases are written.
 */
public interface PracticeScripts {

    /**
     * The practice script of a screening the officer may open, or empty when it is a real screening (or, for a trainee,
     * one started by another trainee: all trainees practise in the one practice unit).
     */
    Optional<Script> script(CurrentUser officer, UUID screeningId);

    /**
     * A trainee acts only on their own practice screenings: anything else (a real screening, another trainee's run) is
     * not found. Nothing for an officer, whose unit already bounds what they may open.
     */
    default void refuseUnlessOwnPractice(CurrentUser user, UUID screeningId) {
        if (user.role() == Role.TRAINEE && script(user, screeningId).isEmpty()) {
            throw new NotFoundException("screening");
        }
    }

    /**
     * Refuses text typed about the person on a practice screening ({@code typed}: the request carries some in {@code field}):
     * practice keeps no personal data, not even a note. Nothing for a real screening.
     */
    default void refuseTyped(CurrentUser officer, UUID screeningId, String field, boolean typed) {
        if (typed && script(officer, screeningId).isPresent()) {
            throw InvalidInputException.of(field, "a practice screening keeps no notes or personal data");
        }
    }

    /** The brief the trainee was given, and the replies heard so far by question id (a question not asked is absent). */
    record Script(String title, String observations, Map<String, Reply> heard) {
    }

    /** What the person said, in their language, and its gloss for the trainee (null when the case gives none). */
    record Reply(@Nullable String text, @Nullable String gloss) {
    }
}
