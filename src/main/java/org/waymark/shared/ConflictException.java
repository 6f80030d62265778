package org.waymark.shared;

/** The request clashes with the current state (a stale version, a closed case); retrying as-is will not help. */
public final class ConflictException extends WaymarkException {

    public ConflictException(String code, String safeMessage) {
        super(code, safeMessage);
    }
}
