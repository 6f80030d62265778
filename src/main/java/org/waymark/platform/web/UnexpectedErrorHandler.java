package org.waymark.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The last resort for an exception nobody expected: a 500 problem with the request id, and a log line
 * with the exception's type and where it was thrown, but not its message, which may hold personal data
 * (a database error can quote a row).
 */
@Singleton
final class UnexpectedErrorHandler implements ExceptionHandler<Throwable, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorPage errorPage;

    UnexpectedErrorHandler(ErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Throwable exception) {
        String requestId = RequestIdFilter.requestIdOf(request);
        LOG.error("Unexpected {} at {} (request {}){}", exception.getClass().getName(), origin(exception), requestId, causes(exception));
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        if (ErrorPage.wanted(request)) {
            return errorPage.render(request, status, ProblemCodes.detailFor(status, List.of()), List.of());
        }
        Problem problem = Problem.of(ProblemCodes.codeFor(status, List.of()), status.getReason(), status.getCode(),
                ProblemCodes.detailFor(status, List.of()), requestId, List.of());
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** The causes' types and where each was thrown: enough to find the bug, without their messages. */
    private static String causes(Throwable exception) {
        StringBuilder out = new StringBuilder();
        Throwable cause = exception.getCause();
        for (int depth = 0; cause != null && cause != exception && depth < 8; depth++, cause = cause.getCause()) {
            StackTraceElement[] trace = cause.getStackTrace();
            out.append("; caused by ").append(cause.getClass().getName()).append(" at ").append(trace.length > 0 ? trace[0] : "unknown");
        }
        return out.toString();
    }

    private static String origin(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith("org.waymark.")) {
                return frame.toString();
            }
        }
        return trace.length > 0 ? trace[0].toString() : "unknown";
    }
}
