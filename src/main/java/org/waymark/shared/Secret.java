package org.waymark.shared;

import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret value (key, password, token) that never shows itself: {@code toString()} is
 * {@code [REDACTED]}, and equality is checked in constant time.
 */
public final class Secret {

    private final byte[] value;

    private Secret(byte[] value) {
        this.value = value.clone();
    }

    public static Secret of(byte[] value) {
        return new Secret(Objects.requireNonNull(value));
    }

    /** The raw bytes; a copy, so the caller may wipe it after use. */
    public byte[] reveal() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    /** Constant-time comparison, so timing says nothing about how much matched. */
    public boolean sameAs(Secret other) {
        return MessageDigest.isEqual(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && sameAs(secret);
    }

    @Override
    public int hashCode() {
        return 0; // equal secrets must hash alike; a content hash would leak through timing and logs
    }

    @Override
    public String toString() {
        return "[REDACTED]";
    }
}
