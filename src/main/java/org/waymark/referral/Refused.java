package org.waymark.referral;

import org.waymark.shared.RuleViolationException;

/** A referral rule's refusal: a stable code, the request field at fault and the reason (never personal data). */
public record Refused(String code, String field, String reason) implements Decision, Addressing {

    /** The refusal as the 422 problem a client gets for a broken rule. */
    public RuleViolationException violation() {
        return new RuleViolationException(code, field, reason);
    }
}
