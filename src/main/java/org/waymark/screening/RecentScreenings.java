package org.waymark.screening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The screenings this instance answered lately, so that the next answer needs no read: a hint only, never the truth.
 * A snapshot is used only when its unit and version are the ones the officer's request names, and the write then
 * re-checks the version in the database; a stale snapshot (the screening changed on another instance or device) makes
 * that write refuse, and the answer is decided again from the stored screening. Holds no personal data: the data key
 * stays wrapped, answers are codes, and notes are not kept.
 */
@Singleton
class RecentScreenings {

    private final Cache<UUID, ScreeningSnapshot> snapshots = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(15))
            .build();

    Optional<ScreeningSnapshot> at(UUID id, UUID unitId, long version) {
        return Optional.ofNullable(snapshots.getIfPresent(id)).filter(s -> s.unitId().equals(unitId) && s.version() == version);
    }

    /** Keeps the newer of what is known and {@code snapshot}. */
    void remember(ScreeningSnapshot snapshot) {
        snapshots.asMap().merge(snapshot.id(), snapshot, (known, offered) -> offered.version() >= known.version() ? offered : known);
    }

    void forget(UUID id) {
        snapshots.invalidate(id);
    }
}
