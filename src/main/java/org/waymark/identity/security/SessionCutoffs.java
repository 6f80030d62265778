package org.waymark.identity.security;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.waymark.identity.persistence.UserAccountRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each account's sessions were last ended (disabled, role changed, password reset, "end all sessions"): a token
 * issued at or before that second is refused. Held in memory like the {@link RevocationList}, so no request waits on
 * the database; an administrator's act on this instance takes effect at once, on the others within 2 seconds.
 */
@Singleton
public class SessionCutoffs {

    /** Longer than any session lives (tokens renew for a working day at most): older cut-offs cannot matter. */
    private static final Duration REMEMBERED = Duration.ofDays(2);

    private final UserAccountRows users;
    private final Clock clock;
    private final Map<UUID, Instant> cutoffs = new ConcurrentHashMap<>();

    SessionCutoffs(UserAccountRows users, Clock clock) {
        this.users = users;
        this.clock = clock;
        refresh();
    }

    public void cut(UUID user, Instant at) {
        cutoffs.merge(user, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Whether a session of this user signed in at {@code signedInAt} was cut off (at or before the cut). */
    boolean isCutOff(UUID user, Instant signedInAt) {
        Instant cutoff = cutoffs.get(user);
        return cutoff != null && !signedInAt.isAfter(cutoff);
    }

    @Scheduled(fixedDelay = "2s", initialDelay = "2s")
    void refresh() {
        Instant since = clock.instant().minus(REMEMBERED);
        users.findBySessionsValidAfterGreaterThan(since).forEach(u -> cut(u.id(), u.sessionsValidAfter()));
        cutoffs.values().removeIf(at -> at.isBefore(since));
    }
}
