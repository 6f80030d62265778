package org.waymark.screening.web;

import org.waymark.identity.PlaceType;
import org.waymark.identity.web.Pages;
import org.waymark.identity.web.Pages.FieldError;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Exploitation;
import org.waymark.screening.Minority;
import org.waymark.screening.PersonalData;
import org.waymark.screening.Screening;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Sector;
import org.waymark.screening.Sex;
import org.waymark.screening.StartScreening;
import org.waymark.shared.InvalidInputException;

import java.text.Collator;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The start form read the way a person filled it in: every problem found at once, each as a message key of
 * {@code i18n/pages} for the field it belongs to (written for the officer: no field names, no patterns), in the
 * order of the form. Nothing is guessed: an empty choice stays an error, and a three-letter nationality is refused,
 * never cut short.
 */
final class StartForm {

    /** The form's fields in page order: the error summary lists problems in this order. */
    private static final List<String> ORDER = List.of("checklist", "intervieweeLanguage", "interpreterLanguage", "placeType",
            "exploitation", "ageBand", "possiblyMinor", "sex", "sector", "nationality", "nameOrAlias", "dateOfBirth", "documentType",
            "documentNumber", "contact");

    /** A nationality the officer can choose: the ISO 3166 code and the country's name in the page's language. */
    record Country(String code, String name) {
    }

    private StartForm() {
    }

    /** Every country, by name in {@code language}. */
    static List<Country> countries(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Collator collator = Collator.getInstance(locale);
        return Screening.ISO_COUNTRIES.stream().map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }

    /** The command, or the problems of the form, none of which the command would let through. */
    static StartScreening read(Map<String, Object> form, String language, LocalDate today, Map<String, FieldError> errors) {
        boolean interpreter = "true".equals(Pages.first(form, "interpreterPresent"));
        String interpreterLanguage = interpreter ? Pages.first(form, "interpreterLanguage") : null;
        if (interpreter && interpreterLanguage == null) {
            add(errors, "interpreterLanguage", "start.error.interpreterLanguage", null);
        }
        String checklist = required(form, "checklist", errors);
        String intervieweeLanguage = required(form, "intervieweeLanguage", errors);
        PlaceType place = choice(form, "placeType", PlaceType.class, errors);
        Exploitation exploitation = choice(form, "exploitation", Exploitation.class, errors);
        AgeBand ageBand = choice(form, "ageBand", AgeBand.class, errors);
        Sex sex = choice(form, "sex", Sex.class, errors);
        Sector sector = Pages.first(form, "sector") == null ? null : choice(form, "sector", Sector.class, errors);
        boolean possiblyMinor = "true".equals(Pages.first(form, "possiblyMinor"));
        if (possiblyMinor && ageBand != null && ageBand != AgeBand.UNKNOWN) {
            add(errors, "possiblyMinor", "start.error.possiblyMinor", null);
        }
        String nationality = nationality(Pages.first(form, "nationality"), language, errors);
        LocalDate dateOfBirth = dateOfBirth(Pages.first(form, "dateOfBirth"), ageBand, today, errors);
        PersonalData person = new PersonalData(Pages.first(form, "nameOrAlias"), dateOfBirth, Pages.first(form, "documentType"),
                Pages.first(form, "documentNumber"), Pages.first(form, "contact"));
        if (!errors.isEmpty()) {
            return null;
        }
        return new StartScreening(Pages.uuid(form, "id"), Pages.first(form, "catalogue"), null, checklist, intervieweeLanguage,
                interpreter, interpreterLanguage, place, exploitation, ageBand, sex, nationality, sector, possiblyMinor, person,
                "true".equals(Pages.first(form, "training")));
    }

    /**
     * The form as it would have been filled in to start {@code view}: the nationality by its name in {@code language},
     * signs of minority ticked where the child profile was presumed (a child profile with the age unknown and no date of birth).
     */
    static Map<String, Object> filledIn(ScreeningView view, String language) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", view.id().toString());
        form.put("expectedVersion", Long.toString(view.version()));
        form.put("checklist", view.checklist());
        form.put("intervieweeLanguage", view.intervieweeLanguage());
        form.put("interpreterPresent", Boolean.toString(view.interpreterPresent()));
        form.put("interpreterLanguage", view.interpreterLanguage());
        form.put("placeType", view.placeType());
        form.put("exploitation", (view.profile().endsWith("sexual") ? Exploitation.SEXUAL : Exploitation.LABOUR).name());
        form.put("ageBand", view.ageBand());
        PersonalData person = view.person();
        boolean presumed = Minority.ofProfile(view.profile()).isMinor() && AgeBand.UNKNOWN.name().equals(view.ageBand()) && person.dateOfBirth() == null;
        form.put("possiblyMinor", Boolean.toString(presumed));
        form.put("sex", view.sex());
        form.put("sector", view.sector());
        form.put("nationality", view.nationality() == null ? null : new Locale("", view.nationality()).getDisplayCountry(Locale.forLanguageTag(language)));
        form.put("nameOrAlias", person.nameOrAlias());
        form.put("dateOfBirth", person.dateOfBirth() == null ? null : person.dateOfBirth().toString());
        form.put("documentType", person.documentType());
        form.put("documentNumber", person.documentNumber());
        form.put("contact", person.contact());
        return form;
    }

    /** The problems the service found that the form could not see, on their fields, in words for the officer. */
    static void addRefused(List<InvalidInputException.Violation> violations, Map<String, FieldError> errors) {
        for (InvalidInputException.Violation violation : violations) {
            String field = violation.field().startsWith("person.") ? violation.field().substring("person.".length()) : violation.field();
            add(errors, ORDER.contains(field) ? field : "checklist", "start.error." + (ORDER.contains(field) ? field : "other"), null);
        }
    }

    /** The problems in the order of the form's fields. */
    static List<FieldError> inOrder(Map<String, FieldError> errors) {
        return errors.values().stream().sorted(Comparator.comparingInt(e -> ORDER.indexOf(e.field()))).toList();
    }

    private static String nationality(String typed, String language, Map<String, FieldError> errors) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip();
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]{2}") && Screening.ISO_COUNTRIES.contains(upper)) {
            return upper;
        }
        if (upper.matches("[A-Z]{3}")) {
            add(errors, "nationality", "start.error.nationality.three-letters", null);
            return null;
        }
        Optional<String> named = byName(value, language).or(() -> byName(value, "en"));
        if (named.isEmpty()) {
            add(errors, "nationality", "start.error.nationality", null);
        }
        return named.orElse(null);
    }

    private static Optional<String> byName(String name, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return countries(language).stream().filter(c -> c.name().toLowerCase(locale).equals(name.toLowerCase(locale)))
                .map(Country::code).findFirst();
    }

    private static LocalDate dateOfBirth(String typed, AgeBand ageBand, LocalDate today, Map<String, FieldError> errors) {
        if (typed == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            add(errors, "dateOfBirth", "start.error.dateOfBirth.format", null);
            return null;
        }
        if (date.isAfter(today)) {
            add(errors, "dateOfBirth", "start.error.dateOfBirth.future", null);
        } else if (ageBand != null && !ageBand.admits(Period.between(date, today).getYears())) {
            add(errors, "dateOfBirth", "start.error.dateOfBirth.band", Period.between(date, today).getYears());
        }
        return date;
    }

    private static String required(Map<String, Object> form, String field, Map<String, FieldError> errors) {
        String value = Pages.first(form, field);
        if (value == null) {
            add(errors, field, "start.error." + field, null);
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> form, String field, Class<E> type, Map<String, FieldError> errors) {
        try {
            return Pages.choice(form, field, type);
        } catch (InvalidInputException e) {
            add(errors, field, "start.error." + field, null);
            return null;
        }
    }

    private static void add(Map<String, FieldError> errors, String field, String key, Object arg) {
        errors.putIfAbsent(field, new FieldError(field, key, arg));
    }
}
