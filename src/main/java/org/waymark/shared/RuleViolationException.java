package org.waymark.shared;

import java.util.List;

/**
 * A well-formed request that a rule of the domain refuses (e.g. an NGO referral without consent): answered
 * 422 with a stable code and the field at fault. Changes nothing.
 */
public final class RuleViolationException extends WaymarkException {

    private final List<InvalidInputException.Violation> violations;

    public RuleViolationException(String code, String field, String reason) {
        super(code, "The request breaks a rule: " + field + " " + reason + ".");
        this.violations = List.of(new InvalidInputException.Violation(field, reason));
    }

    @Override
    public List<InvalidInputException.Violation> violations() {
        return violations;
    }
}
