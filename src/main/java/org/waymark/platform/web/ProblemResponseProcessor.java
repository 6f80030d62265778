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
 * here, not copied from exception messages, so no input value can leak into an error body. On a page route (a browser
 * asking for HTML: an unknown address, a method the address does not take) the same error is a page in the user's
 * language ({@link ErrorPage}).
 */
@Primary
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Object> {

    private final ErrorPage errorPage;

    ProblemResponseProcessor(ErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        List<Problem.FieldError> errors = FieldErrors.from(context);
        if (context.getRequest().getMethod() != HttpMethod.HEAD && ErrorPage.wanted(context.getRequest())) {
            return errorPage.fill(context.getRequest(), response, ProblemCodes.detailFor(status, errors), errors, null);
        }
        Problem problem = Problem.of(ProblemCodes.codeFor(status, errors), status.getReason(), status.getCode(),
                ProblemCodes.detailFor(status, errors), RequestIdFilter.requestIdOf(context.getRequest()), errors);
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Object>) response.contentType(Problem.MEDIA_TYPE).body(null);
        }
        return ((MutableHttpResponse<Object>) response).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
