package org.waymark.shared;

import java.util.List;

/** The request asks for something that cannot be: names each offending field and why. */
public final class InvalidInputException extends WaymarkException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid-request", "The request has invalid fields.");
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException(List.of(new Violation(field, reason)));
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }

    /** A field (dotted path) and the reason it was refused; never the value itself. */
    public record Violation(String field, String reason) {
    }
}
