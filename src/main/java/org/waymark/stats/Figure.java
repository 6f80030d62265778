package org.waymark.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One published number: a multiple of the resolution, or suppressed and shown as "&lt; k" (never its value, never 0).
 */
@Serdeable
public record Figure(@Nullable Long value, boolean suppressed, String display) {

    static Figure of(long value) {
        return new Figure(value, false, Long.toString(value));
    }

    static Figure suppressed(int k) {
        return new Figure(null, true, "< " + k);
    }
}
