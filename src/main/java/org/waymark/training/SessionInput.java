package org.waymark.training;

import io.micronaut.serde.annotation.Serdeable;
import org.waymark.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A training session as typed (API body or page form), checked field by field: every fault is reported with its field
 * and reason, never with the value typed. Participants are counts by service and sex; evaluations are anonymous forms.
 */
public final class SessionInput {

    static final int MAX_PLACE = 200;
    static final int MAX_COUNT = 10_000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SessionInput() {
    }

    /** Participants of one service and sex, as typed. */
    @Serdeable
    public record RawParticipants(String service, String sex, Integer count) {
    }

    /** One evaluation form as typed: effectiveness and substantive value, 1 to 5. */
    @Serdeable
    public record RawEvaluation(Integer effectiveness, Integer substantiveValue) {
    }

    /** Evaluation forms typed as a tally: how many paper forms gave this pair of ratings. */
    @Serdeable
    public record RawTally(Integer effectiveness, Integer substantiveValue, Integer forms) {
    }

    /** A checked session. */
    public record Session(LocalDate heldOn, String place, SessionType type, List<String> countriesVisited,
                          List<Participants> participants, List<Evaluation> evaluations) {
    }

    /** A checked count of participants. */
    @Serdeable
    public record Participants(ParticipantService service, ParticipantSex sex, int count) {
    }

    /** A checked evaluation form. */
    @Serdeable
    public record Evaluation(int effectiveness, int substantiveValue) {
        public boolean effective() {
            return effectiveness >= 4;
        }

        public boolean substantive() {
            return substantiveValue >= 4;
        }
    }

    public static Session check(String heldOn, String place, String type, List<String> countries, List<RawParticipants> participants,
                                List<RawEvaluation> evaluations, LocalDate today) {
        List<InvalidInputException.Violation> faults = new ArrayList<>();
        LocalDate date = date(heldOn, today, faults);
        if (place == null || place.isBlank() || place.length() > MAX_PLACE || place.chars().anyMatch(Character::isISOControl)) {
            faults.add(new InvalidInputException.Violation("place", "is required: up to " + MAX_PLACE + " characters on one line"));
        }
        SessionType sessionType = choice(SessionType.class, type, "type", faults);
        List<String> visited = countries == null ? List.of() : countries.stream().map(c -> c == null ? "" : c.trim().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).distinct().toList();
        if (visited.stream().anyMatch(c -> !COUNTRIES.contains(c))) {
            faults.add(new InvalidInputException.Violation("countriesVisited", "must be ISO 3166 two-letter country codes"));
        } else if (sessionType == SessionType.STUDY_VISIT && visited.isEmpty()) {
            faults.add(new InvalidInputException.Violation("countriesVisited", "a study visit names at least one country visited"));
        } else if (sessionType != null && sessionType != SessionType.STUDY_VISIT && !visited.isEmpty()) {
            faults.add(new InvalidInputException.Violation("countriesVisited", "only a study visit names countries visited"));
        }
        List<Participants> counted = participants(participants, faults);
        List<Evaluation> forms = evaluations(evaluations, faults);
        int total = counted.stream().mapToInt(Participants::count).sum();
        if (forms.size() > total && !counted.isEmpty()) {
            faults.add(new InvalidInputException.Violation("evaluations", "cannot outnumber the participants"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return new Session(date, place.trim(), sessionType, visited, counted, forms);
    }

    /** Evaluation forms checked on their own (added to a session later). */
    public static List<Evaluation> evaluations(List<RawEvaluation> evaluations) {
        return evaluationsAndTally(evaluations, List.of());
    }

    /** Evaluation forms checked on their own, typed one by one and as a tally (pairs of ratings with their number of forms). */
    public static List<Evaluation> evaluationsAndTally(List<RawEvaluation> evaluations, List<RawTally> tally) {
        List<InvalidInputException.Violation> faults = new ArrayList<>();
        List<Evaluation> forms = evaluations(evaluations, faults);
        forms.addAll(tally(tally, faults));
        if (forms.isEmpty() && faults.isEmpty()) {
            faults.add(new InvalidInputException.Violation("evaluations", "at least one form is required"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return forms;
    }

    private static LocalDate date(String heldOn, LocalDate today, List<InvalidInputException.Violation> faults) {
        try {
            LocalDate date = LocalDate.parse(heldOn == null ? "" : heldOn.trim());
            if (date.isAfter(today) || date.isBefore(LocalDate.of(2000, 1, 1))) {
                faults.add(new InvalidInputException.Violation("heldOn", "must be a past or today's date, from 2000 on"));
            }
            return date;
        } catch (DateTimeParseException e) {
            faults.add(new InvalidInputException.Violation("heldOn", "must be a date, year-month-day"));
            return null;
        }
    }

    private static List<Participants> participants(List<RawParticipants> raw, List<InvalidInputException.Violation> faults) {
        List<Participants> counted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RawParticipants> given = raw == null ? List.of() : raw;
        for (int i = 0; i < given.size(); i++) {
            RawParticipants p = given.get(i);
            String at = "participants[" + i + "]";
            ParticipantService service = choice(ParticipantService.class, p == null ? null : p.service(), at + ".service", faults);
            ParticipantSex sex = choice(ParticipantSex.class, p == null ? null : p.sex(), at + ".sex", faults);
            if (p == null || p.count() == null || p.count() < 1 || p.count() > MAX_COUNT) {
                faults.add(new InvalidInputException.Violation(at + ".count", "must be a whole number from 1 to " + MAX_COUNT));
            } else if (service != null && sex != null) {
                if (!seen.add(service + "/" + sex)) {
                    faults.add(new InvalidInputException.Violation(at, "service and sex are already counted above"));
                }
                counted.add(new Participants(service, sex, p.count()));
            }
        }
        if (given.isEmpty()) {
            faults.add(new InvalidInputException.Violation("participants", "at least one count of participants is required"));
        }
        return counted;
    }

    private static List<Evaluation> evaluations(List<RawEvaluation> raw, List<InvalidInputException.Violation> faults) {
        List<Evaluation> forms = new ArrayList<>();
        List<RawEvaluation> given = raw == null ? List.of() : raw;
        for (int i = 0; i < given.size(); i++) {
            RawEvaluation e = given.get(i);
            boolean ok = rating(e == null ? null : e.effectiveness(), "evaluations[" + i + "].effectiveness", faults)
                    & rating(e == null ? null : e.substantiveValue(), "evaluations[" + i + "].substantiveValue", faults);
            if (ok) {
                forms.add(new Evaluation(e.effectiveness(), e.substantiveValue()));
            }
        }
        return forms;
    }

    private static List<Evaluation> tally(List<RawTally> raw, List<InvalidInputException.Violation> faults) {
        List<Evaluation> forms = new ArrayList<>();
        List<RawTally> given = raw == null ? List.of() : raw;
        for (int i = 0; i < given.size(); i++) {
            RawTally t = given.get(i);
            String at = "tally[" + i + "]";
            boolean ok = rating(t == null ? null : t.effectiveness(), at + ".effectiveness", faults)
                    & rating(t == null ? null : t.substantiveValue(), at + ".substantiveValue", faults);
            if (t == null || t.forms() == null || t.forms() < 0 || t.forms() > MAX_COUNT) {
                faults.add(new InvalidInputException.Violation(at + ".forms", "must be a whole number from 0 to " + MAX_COUNT));
            } else if (ok) {
                forms.addAll(java.util.Collections.nCopies(t.forms(), new Evaluation(t.effectiveness(), t.substantiveValue())));
            }
        }
        return forms;
    }

    /** The id a client chose for what it creates, so that a retry is recognised; none when not given. */
    public static java.util.UUID clientId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("id", "must be a UUID the client chooses, the same on a retry");
        }
    }

    private static boolean rating(Integer value, String field, List<InvalidInputException.Violation> faults) {
        if (value == null || value < 1 || value > 5) {
            faults.add(new InvalidInputException.Violation(field, "must be from 1 (strongly disagree) to 5 (strongly agree)"));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<InvalidInputException.Violation> faults) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            faults.add(new InvalidInputException.Violation(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
