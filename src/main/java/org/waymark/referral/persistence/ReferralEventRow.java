package org.waymark.referral.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One move of a referral: to which status, with which outcome or reason, by whom, when. The reason is sealed under the
 * screening's data key ({@code reasonSealed}); {@code reason} holds only one recorded before V22.
 */
@MappedEntity("referral_event")
public record ReferralEventRow(@Id @GeneratedValue @Nullable Long id, UUID referralId, String status, @Nullable String outcome,
                               @Nullable String reason, UUID actorId, String actorRole, Instant at, @Nullable byte[] reasonSealed) {
}
