package org.waymark.platform.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The stable problem code and the plain-words detail for each HTTP status the edge returns. */
final class ProblemCodes {

    private ProblemCodes() {
    }

    static String codeFor(HttpStatus status, List<Problem.FieldError> errors) {
        return switch (status) {
            case BAD_REQUEST -> errors.isEmpty() ? "bad-request" : "invalid-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case UNPROCESSABLE_ENTITY -> "invalid-request";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.getCode() >= 500 ? "internal-error" : "http-" + status.getCode();
        };
    }

    static String detailFor(HttpStatus status, List<Problem.FieldError> errors) {
        return switch (status) {
            case BAD_REQUEST -> errors.isEmpty() ? "The request could not be read." : "The request has invalid fields; nothing was changed.";
            case NOT_FOUND -> "No such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not accept that method.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is larger than this service accepts; nothing was changed.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            default -> status.getCode() >= 500 ? "Something went wrong on our side; nothing was lost. Quote the request id when reporting it." : status.getReason();
        };
    }
}
