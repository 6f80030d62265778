package org.waymark.identity.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A token id revoked by sign-out, and when the token would have expired anyway. */
@MappedEntity("revoked_token")
record RevokedToken(@Id String jti, Instant expiresAt) {
}
