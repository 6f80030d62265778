package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.RuleViolationException;
import org.waymark.shared.WaymarkException;

/**
 * A referral rule's refusal: a stable code, the request field at fault and the reason (never personal data), and how
 * a client is answered for it ({@link Kind}).
 */
public record Refused(String code, String field, String reason, Kind kind) implements Decision, Addressing {

    /** A broken rule of the domain (422), a clash with the current state (409; the reason is the message), an invalid field (400). */
    public enum Kind {
        RULE, CONFLICT, INVALID
    }

    /** A broken rule of the domain. */
    public Refused(String code, String field, String reason) {
        this(code, field, reason, Kind.RULE);
    }

    static Refused conflict(String code, String field, String message) {
        return new Refused(code, field, message, Kind.CONFLICT);
    }

    static Refused invalid(String field, String reason) {
        return new Refused("invalid-request", field, reason, Kind.INVALID);
    }

    /** The refusal as the 422 problem a client gets for a broken rule. */
    public RuleViolationException violation() {
        return new RuleViolationException(code, field, reason);
    }

    /** The refusal as the exception, and so the problem, a client gets for it. */
    public WaymarkException exception() {
        return exception(null);
    }

    /** The same, a conflict carrying the current state ({@code current}) so the client needs no other round trip. */
    public WaymarkException exception(@Nullable Object current) {
        return switch (kind) {
            case RULE -> violation();
            case CONFLICT -> new ConflictException(code, reason, current);
            case INVALID -> InvalidInputException.of(field, reason);
        };
    }
}
