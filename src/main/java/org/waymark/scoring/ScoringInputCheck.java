package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whether an input fits a catalogue: a known profile, and only known question ids. */
public final class ScoringInputCheck {

    /** Ids are echoed in a problem only when they look like ids, so nothing else a caller typed comes back. */
    private static final Pattern ID_LIKE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

    private ScoringInputCheck() {
    }

    /** A field of the input and why it cannot be scored. */
    public record Problem(String field, String reason) {
    }

    /** Every problem; empty when the input can be scored. */
    public static List<Problem> problems(Catalogue catalogue, ScoringInput input) {
        List<Problem> problems = new ArrayList<>();
        if (catalogue.profile(input.profile()).isEmpty()) {
            problems.add(new Problem("profile", "is not a profile of " + catalogue.reference()));
        }
        var questions = catalogue.questionIds();
        input.answers().keySet().stream().filter(id -> !questions.contains(id)).sorted()
                .forEach(id -> problems.add(ID_LIKE.matcher(id).matches()
                        ? new Problem("answers." + id, "is not a question of " + catalogue.reference())
                        : new Problem("answers", "has a key that is not a question id of " + catalogue.reference())));
        input.observations().stream().filter(id -> !catalogue.indicators().containsKey(id)).sorted()
                .forEach(id -> problems.add(new Problem("observations",
                        (ID_LIKE.matcher(id).matches() ? "'" + id + "' is" : "has an entry that is") + " not an indicator of " + catalogue.reference())));
        return problems;
    }
}
