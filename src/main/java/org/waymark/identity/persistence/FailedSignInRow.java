package org.waymark.identity.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One failed sign-in: the subject (account hash or keyed hash of the client address) and when. */
@MappedEntity("failed_sign_in")
public record FailedSignInRow(@Id @GeneratedValue Long id, String subject, Instant at) {
}
