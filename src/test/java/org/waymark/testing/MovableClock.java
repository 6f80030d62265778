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
 * delay by moving the clock instead of sleeping. Inject it and call {@link #advance}; a test whose outcome must not
 * depend on how fast the machine runs it calls {@link #stop} first.
 */
@Singleton
@Replaces(Clock.class)
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant stoppedAt;

    /** Moves the service's time forward; everything that reads the clock sees the later time at once. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Stops the service's time where it is: from now on it moves only when the test {@link #advance}s it. */
    public void stop() {
        if (stoppedAt == null) {
            stoppedAt = Instant.now();
        }
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return (stopped == null ? Instant.now() : stopped).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant stopped = stoppedAt;
        return Clock.offset(stopped == null ? Clock.system(zone) : Clock.fixed(stopped, zone), offset);
    }
}
