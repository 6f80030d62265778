package org.waymark.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system's UTC time plus however far a test moved it, so a test waits for a
 * delay by moving the clock instead of sleeping. Inject it and call {@link #advance}.
 */
@Singleton
@Replaces(Clock.class)
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the service's time forward; everything that reads the clock sees the later time at once. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
