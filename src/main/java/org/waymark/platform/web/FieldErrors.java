package org.waymark.platform.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the cause of a rejected request into field errors: which field, and a reason written by us.
 * Exception messages are only mined for field names, never copied, because they can hold input values.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static List<Problem.FieldError> from(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ConstraintViolationException violations) {
            return fromViolations(violations);
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return List.of(new Problem.FieldError(unsatisfied.getArgument().getName(), "is required"));
        }
        if (cause instanceof ConversionErrorException conversion) {
            String field = bodyField(conversion.getCause()).orElse(conversion.getArgument().getName());
            return List.of(new Problem.FieldError(field, reasonForConversion(conversion.getCause())));
        }
        if (cause instanceof JsonSyntaxException) {
            return List.of(new Problem.FieldError("body", "is not valid JSON"));
        }
        if (cause != null && isSerdeFailure(cause)) {
            return List.of(new Problem.FieldError(bodyField(cause).orElse("body"), reasonForConversion(cause)));
        }
        return List.of();
    }

    private static List<Problem.FieldError> fromViolations(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    /** {@code evaluate.request.answers[3]} becomes {@code answers[3]}: the method and parameter names are ours, not the caller's. */
    private static String fieldPath(Path path) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : path) {
            String name = node.getName() == null ? "" : node.getName();
            nodes.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : node.getKey() != null ? name + "[" + node.getKey() + "]" : name);
        }
        List<String> fields = nodes.size() > 2 ? nodes.subList(2, nodes.size()) : nodes.subList(nodes.size() - 1, nodes.size());
        return String.join(".", fields);
    }

    /** The JSON path of the offending property, from micronaut-serde's own record of it (never from the message). */
    private static java.util.Optional<String> bodyField(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && serde.getPath() != null && !serde.getPath().isEmpty()) {
                return java.util.Optional.of(pathOf(serde.getPath()));
            }
            if (t instanceof InvalidPropertyFormatException property) {
                return java.util.Optional.of(property.getArgument().getName());
            }
        }
        return java.util.Optional.empty();
    }

    private static String pathOf(List<ReferencePath> path) {
        StringBuilder result = new StringBuilder();
        List<ReferencePath> outermostFirst = new ArrayList<>(path);
        java.util.Collections.reverse(outermostFirst); // serde records the innermost reference first
        for (ReferencePath node : outermostFirst) {
            if (node instanceof CollectionItemReferencePath item) {
                result.append('[').append(item.index()).append(']');
            } else if (node instanceof MapItemReferencePath entry) {
                result.append('[').append(entry.key().matches("[\\w.-]{1,80}") ? entry.key() : "?").append(']');
            } else if (node instanceof PropertyReferencePath property) {
                result.append(result.isEmpty() ? "" : ".").append(property.property().getName());
            }
        }
        return result.toString();
    }

    private static String reasonForConversion(Throwable cause) {
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (message.contains("enum") || message.contains("expected one of")) {
            return "is not one of the allowed values";
        }
        if (message.contains("unknown property") || message.contains("unrecognized field")) {
            return "is not a known field";
        }
        if (message.contains("null") && message.contains("required")) {
            return "is required";
        }
        return "has the wrong type or format";
    }

    private static boolean isSerdeFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.micronaut.serde") || name.startsWith("com.fasterxml.jackson")) {
                return true;
            }
        }
        return false;
    }
}
