package org.waymark.identity.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A token id revoked by sign-out, and when the token would have expired anyway. */
@MappedEntity("revoked_token")
public record RevokedTokenRow(@Id String jti, Instant expiresAt) {
}
