package org.waymark.identity.web;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.type.Argument;
import org.waymark.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A posted page form read into the record the API takes for the same act (an introspected record, as every API body
 * is): each component from the form field of its name, a blank field as absent, a list or set from every value of a
 * repeated field (ticked boxes; none ticked is empty). A value that cannot be read as its component's type is a
 * violation on that field, its component left absent so that the record's constraints still find every other problem.
 */
public final class FormRecords {

    private FormRecords() {
    }

    /** The record, and the fields that could not be read (by component name, the reason in the API's words). */
    public record Read<T>(T record, List<InvalidInputException.Violation> unreadable) {
    }

    /** The form read into {@code type}, its constraints not checked yet ({@link Pages#read} checks them). */
    public static <T> Read<T> read(Map<String, Object> form, Class<T> type) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection(type);
        Argument<?>[] components = introspection.getConstructorArguments();
        Object[] values = new Object[components.length];
        List<InvalidInputException.Violation> unreadable = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Argument<?> component = components[i];
            try {
                values[i] = Collection.class.isAssignableFrom(component.getType())
                        ? all(Pages.all(form, component.getName()), component)
                        : one(Pages.first(form, component.getName()), component.getType());
            } catch (Unreadable e) {
                unreadable.add(new InvalidInputException.Violation(component.getName(), e.getMessage()));
                values[i] = component.getType() == boolean.class ? Boolean.FALSE : null;
            }
        }
        return new Read<>(introspection.instantiate(false, values), unreadable); // absent is for the constraints to refuse
    }

    private static Object all(List<String> given, Argument<?> component) {
        Class<?> element = component.getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(String.class);
        List<Object> values = new ArrayList<>();
        for (String value : given) {
            values.add(one(value, element));
        }
        return Set.class.isAssignableFrom(component.getType()) ? new LinkedHashSet<>(values) : List.copyOf(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object one(String value, Class<?> type) {
        if (type == boolean.class) {
            return "true".equals(value);
        }
        if (value == null) {
            return null;
        }
        try {
            if (type == String.class) {
                return value;
            }
            if (type.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) type, value);
            }
            if (type == UUID.class) {
                return UUID.fromString(value);
            }
            if (type == Long.class) {
                return Long.valueOf(value.strip());
            }
            if (type == Integer.class) {
                return Integer.valueOf(value.strip());
            }
            if (type == Boolean.class) {
                return Boolean.valueOf("true".equals(value));
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(value.strip());
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Unreadable(type);
        }
        throw new IllegalStateException("A page form has no field of type " + type.getSimpleName());
    }

    /** A value that is not of its field's type; the message is the reason, never the value. */
    private static final class Unreadable extends RuntimeException {

        Unreadable(Class<?> type) {
            super(type.isEnum() ? "must be one of " + Arrays.toString(type.getEnumConstants())
                    : type == UUID.class ? "must be a UUID"
                    : type == LocalDate.class ? "must be a date, year-month-day"
                    : "must be a whole number", null, false, false);
        }
    }
}
