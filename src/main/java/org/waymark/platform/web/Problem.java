package org.waymark.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URN per kind of problem
 * ({@code urn:waymark:problem:<code>}); {@code errors} names each offending field and why.
 */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail,
                      @Nullable String requestId, List<FieldError> errors, @Nullable Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:waymark:problem:";

    public static Problem of(String code, String title, int status, @Nullable String detail,
                             @Nullable String requestId, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, requestId, List.copyOf(errors), null);
    }

    /** The same problem with the resource's current state attached (for a conflict). */
    public Problem withCurrent(Object state) {
        return new Problem(type, title, status, detail, requestId, errors, state);
    }

    /** One offending input: where ({@code field}, a dotted path) and why ({@code reason}), never its value. */
    @Serdeable
    public record FieldError(String field, String reason) {
    }
}
