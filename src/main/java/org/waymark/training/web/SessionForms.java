package org.waymark.training.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.waymark.identity.web.Pages;
import org.waymark.shared.InvalidInputException;
import org.waymark.training.ParticipantService;
import org.waymark.training.ParticipantSex;
import org.waymark.training.SessionInput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the trainer's session forms share: the participant grid ({@code p.SERVICE.SEX}), the tally grid of evaluation
 * forms ({@code t.EFFECTIVENESS.SUBSTANTIVE}), and a refusal said in the names of the page's fields.
 */
final class SessionForms {

    /** The input of each field the session check names (counts typed in the grid are the grid's). */
    static final Map<String, String> SESSION_IDS = Map.of("heldOn", "heldOn", "place", "place", "type", "type",
            "countriesVisited", "countriesVisited", "participants", "participants", "count", "participants", "id", "heldOn");
    static final Map<String, String> EVALUATION_IDS = Map.of("effectiveness", "effectiveness", "substantiveValue", "substantiveValue",
            "evaluations", "effectiveness", "forms", "tally", "id", "effectiveness");

    /**
     * The session form's own fields (the participant grid's counts are named by service and sex, so read per cell):
     * plain text as the API takes them, so that the session's check names each bad one; countries typed in one field;
     * the hidden id generated when the form was rendered, and the version a correction corrects.
     */
    @Introspected
    record SessionForm(@Nullable String heldOn, @Nullable String place, @Nullable String type, @Nullable String countriesVisited,
                       @Nullable String id, @Nullable Long version) {

        List<String> countries() {
            return countriesVisited == null ? List.of() : Arrays.asList(countriesVisited.split("[,\\s]+"));
        }
    }

    private SessionForms() {
    }

    /** The counts typed in the participant grid; blank and 0 are none. */
    static List<SessionInput.RawParticipants> participants(Map<String, Object> form) {
        List<SessionInput.RawParticipants> participants = new ArrayList<>();
        for (ParticipantService service : ParticipantService.values()) {
            for (ParticipantSex sex : ParticipantSex.values()) {
                Integer count = count(form, "p." + service + "." + sex);
                if (count != null && count != 0) {
                    participants.add(new SessionInput.RawParticipants(service.name(), sex.name(), count));
                }
            }
        }
        return participants;
    }

    /** The tally typed in the evaluation grid: per pair of ratings, how many paper forms gave it; blank and 0 are none. */
    static List<SessionInput.RawTally> tally(Map<String, Object> form) {
        List<SessionInput.RawTally> tally = new ArrayList<>();
        for (int effectiveness = 5; effectiveness >= 1; effectiveness--) {
            for (int substantive = 5; substantive >= 1; substantive--) {
                Integer forms = count(form, "t." + effectiveness + "." + substantive);
                if (forms != null && forms != 0) {
                    tally.add(new SessionInput.RawTally(effectiveness, substantive, forms));
                }
            }
        }
        return tally;
    }

    /**
     * A refusal in the names of the page's fields: a count typed in a grid ({@code p.SERVICE.SEX}, {@code t.E.S}) is the
     * grid's, and {@code participants[2].count}, {@code tally[0].forms} or {@code evaluations[0].effectiveness} drop the
     * index the form does not show.
     */
    static InvalidInputException onThePage(InvalidInputException refusal) {
        return new InvalidInputException(refusal.violations().stream().map(v -> new InvalidInputException.Violation(
                v.field().startsWith("p.") ? "count" : v.field().startsWith("t.") ? "forms"
                        : v.field().replaceAll("^(evaluations|tally)\\[\\d+]\\.", "").replaceAll("\\[\\d+].*$", ""),
                v.reason())).toList());
    }

    /** A whole number typed in a form field; blank is none. */
    private static Integer count(Map<String, Object> form, String field) {
        String value = Pages.first(form, field);
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a whole number");
        }
    }
}
