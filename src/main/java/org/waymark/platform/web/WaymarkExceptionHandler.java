package org.waymark.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.RefusedException;
import org.waymark.shared.WaymarkException;

import java.util.List;

/** Renders Waymark's own refusals as problem+json with their stable code and safe message. */
@Singleton
final class WaymarkExceptionHandler implements ExceptionHandler<WaymarkException, HttpResponse<?>> {

    private final ErrorPage errorPage;

    WaymarkExceptionHandler(ErrorPage errorPage) {
        this.errorPage = errorPage;
    }


    @Override
    public HttpResponse<?> handle(HttpRequest request, WaymarkException exception) {
        HttpStatus status = statusOf(exception);
        List<Problem.FieldError> errors = exception.violations().stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList();
        Problem problem = Problem.of(exception.code(), status.getReason(), status.getCode(), exception.getMessage(),
                RequestIdFilter.requestIdOf(request), errors);
        if (ErrorPage.wanted(request)) {
            return errorPage.render(request, status, exception.getMessage(), errors);
        }
        if (exception instanceof ConflictException conflict && conflict.current().isPresent()) {
            problem = problem.withCurrent(conflict.current().get());
        }
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static HttpStatus statusOf(WaymarkException exception) {
        if (exception instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof RefusedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
