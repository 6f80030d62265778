package org.waymark.platform.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Renders every error response that the framework produces (bad JSON, wrong types, unknown routes,
 * oversize bodies, failed validation) as problem+json. The detail and the field reasons are written
 * here, not copied from exception messages, so no input value can leak into an error body.
 */
@Primary
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        List<Problem.FieldError> errors = FieldErrors.from(context);
        Problem problem = Problem.of(ProblemCodes.codeFor(status, errors), status.getReason(), status.getCode(),
                ProblemCodes.detailFor(status, errors), RequestIdFilter.requestIdOf(context.getRequest()), errors);
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return response.contentType(Problem.MEDIA_TYPE).body(null);
        }
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
