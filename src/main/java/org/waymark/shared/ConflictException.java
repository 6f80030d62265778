package org.waymark.shared;

import java.util.Optional;

/**
 * The request clashes with the current state (a stale version, a completed case); retrying as-is will
 * not help. May carry the current state, so the client can merge without another round trip.
 */
public final class ConflictException extends WaymarkException {

    private final transient Object current;

    public ConflictException(String code, String safeMessage) {
        this(code, safeMessage, null);
    }

    public ConflictException(String code, String safeMessage, Object current) {
        super(code, safeMessage);
        this.current = current;
    }

    public Optional<Object> current() {
        return Optional.ofNullable(current);
    }
}
