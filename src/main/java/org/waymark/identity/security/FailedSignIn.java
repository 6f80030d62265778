package org.waymark.identity.security;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One failed sign-in: the subject (account hash or address) and when. */
@MappedEntity("failed_sign_in")
record FailedSignIn(@Id @GeneratedValue Long id, String subject, Instant at) {
}
