package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A refusal as the service writes it (RFC 9457 problem+json, see {@code org.waymark.platform.web.Problem}): a stable
 * {@code type} URN, the status, a plain-words {@code detail}, the offending fields and, on a conflict, the current state
 * ({@code retryAfterSeconds}: a sign-in slowed down).
 * Its {@code toString()} holds every part of the body, so a test can check that no personal data is in it.
 */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String requestId,
                      @Nullable List<FieldError> errors, @Nullable Object current, @Nullable Long retryAfterSeconds) {

    /** One offending input: where ({@code field}, a dotted path) and why ({@code reason}). */
    @Serdeable
    public record FieldError(String field, String reason) {
    }

    /** The offending fields' names, in the order the service gave them. */
    public List<String> fields() {
        return errors == null ? List.of() : errors.stream().map(FieldError::field).toList();
    }
}
