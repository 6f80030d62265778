package org.waymark.identity.security;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.waymark.identity.persistence.RevokedTokenRows;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revoked token ids, held in memory so that checking a token never blocks the HTTP event loop on
 * the database. A sign-out on this instance takes effect at once; one on another instance reaches this
 * one at the next refresh from the shared table (every 2 seconds).
 */
@Singleton
class RevocationList {

    private final RevokedTokenRows table;
    private final Clock clock;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    RevocationList(RevokedTokenRows table, Clock clock) {
        this.table = table;
        this.clock = clock;
        refresh();
    }

    boolean isRevoked(String jti) {
        return revoked.containsKey(jti);
    }

    void revoke(String jti, Instant expiresAt) {
        table.revoke(jti, expiresAt);
        revoked.put(jti, expiresAt);
    }

    @Scheduled(fixedDelay = "2s", initialDelay = "2s")
    void refresh() {
        Instant now = clock.instant();
        table.forgetExpired(now);
        table.findAllUnexpired(now).forEach(t -> revoked.put(t.jti(), t.expiresAt()));
        revoked.values().removeIf(expiry -> expiry.isBefore(now));
    }
}
