package org.waymark.identity.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import io.micronaut.context.MessageSource;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.OfficerLanguages;
import org.waymark.shared.WaymarkException;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.security.FormTokens;
import org.waymark.identity.security.SessionRenewal;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every signed-in page shares: the user's name and role for the header, the form token for every
 * form, the interface language, and how long the session lasts unused (for the warning before it ends). Page controllers of each capability build on it.
 */
@Singleton
public class Pages {

    private final FormTokens formTokens;
    private final Validator validator;
    private final HttpLocaleResolver locales;
    private final MessageSource messages;
    private final SessionRenewal sessions;

    Pages(FormTokens formTokens, Validator validator, HttpLocaleResolver locales, MessageSource messages, SessionRenewal sessions) {
        this.formTokens = formTokens;
        this.validator = validator;
        this.locales = locales;
        this.messages = messages;
        this.sessions = sessions;
    }

    /**
     * A refusal in the words of the page's language: {@code problem.<code>} where the bundle has it, else one line
     * per field at fault ({@code problem.field.<field>}), else the field and the API's reason as they are.
     */
    public List<String> problems(WaymarkException refusal, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return messages.getMessage("problem." + refusal.code(), locale).map(List::of)
                .orElseGet(() -> refusal.violations().stream()
                        .map(v -> messages.getMessage("problem.field." + v.field(), locale).orElse(v.field() + ": " + v.reason()))
                        .distinct().toList());
    }

    /**
     * A refusal of a form as errors on its fields, for the error summary and the message at each field: each field at
     * fault is linked by the id {@code ids} gives it (else {@code fallback}, the form's first input), and said in the words
     * of {@code form.error.<form>.<field>}, else {@code problem.<code>}, else {@code problem.field.<field>}, else
     * {@code form.error.other}: never the API's English reason.
     */
    public List<FieldError> fieldErrors(WaymarkException refusal, String form, Map<String, String> ids, String fallback) {
        List<FieldError> errors = new java.util.ArrayList<>();
        List<InvalidInputException.Violation> violations = refusal.violations().isEmpty()
                ? List.of(new InvalidInputException.Violation("", "")) : refusal.violations();
        for (InvalidInputException.Violation v : violations) {
            String key = java.util.stream.Stream.of("form.error." + form + "." + v.field(), "problem." + refusal.code(), "problem.field." + v.field())
                    .filter(k -> messages.getMessage(k, Locale.ENGLISH).isPresent()).findFirst().orElse("form.error.other");
            String field = ids.getOrDefault(v.field(), fallback);
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, key, null));
            }
        }
        return errors;
    }

    /**
     * One problem of a form (GOV.UK error summary and a message at the field): the id of the input at fault, the
     * message key in {@code i18n/pages}, and the value the message names, if any.
     */
    public record FieldError(String field, String key, @io.micronaut.core.annotation.Nullable Object arg) {

        /** The errors by field, for the message shown at each one. */
        public static Map<String, FieldError> byField(List<FieldError> errors) {
            Map<String, FieldError> byField = new HashMap<>();
            errors.forEach(e -> byField.putIfAbsent(e.field(), e));
            return byField;
        }
    }

    /** The page's form errors in the model the {@code layout :: error-summary} and {@code field-error} fragments read. */
    public Model withFieldErrors(Model model, List<FieldError> errors) {
        return model.with("fieldErrors", errors).with("fieldError", FieldError.byField(errors));
    }

    /** The interface language of this request: the language switch's cookie, else the browser's, else English. */
    public String language(HttpRequest<?> request) {
        return language(locales.resolveOrDefault(request));
    }

    /** Checks a command built from a form against its constraints, as the API does for a JSON body. */
    public <T> T valid(T command) {
        List<InvalidInputException.Violation> violations = violations(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return command;
    }

    /**
     * A posted form read into {@code type}, the record the API takes for the same act (see {@link FormRecords}), and
     * checked against its constraints as the API checks a JSON body: every problem at once, one per field.
     */
    public <T> T read(Map<String, Object> form, Class<T> type) {
        FormRecords.Read<T> read = FormRecords.read(form, type);
        List<InvalidInputException.Violation> all = new java.util.ArrayList<>(read.unreadable());
        violations(read.record()).stream().filter(v -> read.unreadable().stream().noneMatch(u -> u.field().equals(v.field())))
                .forEach(all::add);
        if (!all.isEmpty()) {
            throw new InvalidInputException(all.stream().sorted(java.util.Comparator.comparing(InvalidInputException.Violation::field)).toList());
        }
        return read.record();
    }

    private <T> List<InvalidInputException.Violation> violations(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        return violations.stream()
                .map(v -> new InvalidInputException.Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(InvalidInputException.Violation::field)).toList();
    }

    /** A view with the shared model; add the page's own entries with {@link Model#with}. */
    public Model model(Authentication authentication, HttpRequest<?> request) {
        CurrentUser user = CurrentUser.of(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("role", user.role().name());
        model.put("csrf", formTokens.tokenFor(authentication));
        model.put("lang", language(request));
        model.put("path", request.getUri().toString());
        model.put("sessionSecondsLeft", sessions.secondsLeft(authentication));
        model.put("sessionLifetime", sessions.lifetimeSeconds());
        return new Model(model);
    }

    /** Throws unless the form came with this session's anti-forgery token. */
    public void checkForm(Authentication authentication, Map<String, Object> form) {
        formTokens.check(authentication, first(form, FormTokens.FIELD));
    }

    /** The officer language of the interface: Polish or English. */
    public static String language(Locale locale) {
        return OfficerLanguages.of(locale == null ? null : locale.getLanguage());
    }

    /** After a successful POST: go to the page to show (303, so reload never posts twice). */
    public static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(path)));
    }

    /** One value of a form field: the first when a field came several times, null when absent or blank. */
    public static String first(Map<String, Object> form, String field) {
        Object value = form.get(field);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** Every value of a form field (checkboxes, repeated inputs); a blank one, an input left empty, is absent. */
    public static List<String> all(Map<String, Object> form, String field) {
        Object value = form.get(field);
        if (value == null) {
            return List.of();
        }
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        return values.stream().map(Object::toString).filter(v -> !v.isBlank()).toList();
    }

    /** A page's model: the shared entries plus its own. */
    public record Model(Map<String, Object> values) {

        public Model with(String key, Object value) {
            values.put(key, value);
            return this;
        }

        public ModelAndView<Map<String, Object>> view(String template) {
            return new ModelAndView<>(template, values);
        }
    }
}
