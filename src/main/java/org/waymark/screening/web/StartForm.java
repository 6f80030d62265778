package org.waymark.screening.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.waymark.identity.PlaceType;
import org.waymark.identity.web.FormRecords;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

    /** The start form's fields, each read as its type: one that cannot be read is an error on it. */
    @Introspected
    record Fields(@Nullable UUID id, @Nullable String catalogue, @Nullable String checklist, @Nullable String intervieweeLanguage,
                  boolean interpreterPresent, @Nullable String interpreterLanguage, @Nullable PlaceType placeType,
                  @Nullable Exploitation exploitation, @Nullable AgeBand ageBand, @Nullable Sex sex, @Nullable Sector sector,
                  boolean possiblyMinor, @Nullable String nationality, @Nullable String nameOrAlias, @Nullable LocalDate dateOfBirth,
                  @Nullable String documentType, @Nullable String documentNumber, @Nullable String contact, boolean training) {
    }

    /** The command, or the problems of the form, none of which the command would let through. */
    static StartScreening read(Map<String, Object> form, String language, LocalDate today, Map<String, FieldError> errors) {
        FormRecords.Read<Fields> read = FormRecords.read(form, Fields.class);
        read.unreadable().forEach(v -> add(errors, v.field(), "start.error." + v.field() + ("dateOfBirth".equals(v.field()) ? ".format" : ""), null));
        Fields f = read.record();
        String interpreterLanguage = f.interpreterPresent() ? f.interpreterLanguage() : null;
        if (f.interpreterPresent() && interpreterLanguage == null) {
            add(errors, "interpreterLanguage", "start.error.interpreterLanguage", null);
        }
        required(errors, "checklist", f.checklist());
        required(errors, "intervieweeLanguage", f.intervieweeLanguage());
        required(errors, "placeType", f.placeType());
        required(errors, "exploitation", f.exploitation());
        required(errors, "ageBand", f.ageBand());
        required(errors, "sex", f.sex());
        if (f.possiblyMinor() && f.ageBand() != null && f.ageBand() != AgeBand.UNKNOWN) {
            add(errors, "possiblyMinor", "start.error.possiblyMinor", null);
        }
        String nationality = nationality(f.nationality(), language, errors);
        checkDateOfBirth(f.dateOfBirth(), f.ageBand(), today, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new StartScreening(f.id(), f.catalogue(), null, f.checklist(), f.intervieweeLanguage(), f.interpreterPresent(),
                interpreterLanguage, f.placeType(), f.exploitation(), f.ageBand(), f.sex(), nationality, f.sector(), f.possiblyMinor(),
                new PersonalData(f.nameOrAlias(), f.dateOfBirth(), f.documentType(), f.documentNumber(), f.contact()), f.training());
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
        boolean presumed = Minority.recorded(view.profile(), AgeBand.valueOf(view.ageBand()), person.dateOfBirth()).presumed();
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

    private static void checkDateOfBirth(LocalDate date, AgeBand ageBand, LocalDate today, Map<String, FieldError> errors) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            add(errors, "dateOfBirth", "start.error.dateOfBirth.future", null);
        } else if (ageBand != null && !ageBand.admits(Period.between(date, today).getYears())) {
            add(errors, "dateOfBirth", "start.error.dateOfBirth.band", Period.between(date, today).getYears());
        }
    }

    private static void required(Map<String, FieldError> errors, String field, @Nullable Object value) {
        if (value == null) {
            add(errors, field, "start.error." + field, null);
        }
    }

    private static void add(Map<String, FieldError> errors, String field, String key, Object arg) {
        errors.putIfAbsent(field, new FieldError(field, key, arg));
    }
}
