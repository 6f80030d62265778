package org.waymark.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only stand-in for a load balancer failing during a rolling restart: once armed, the next answer posted on an
 * interview page is processed (and saved) as usual, but its reply is replaced by a 503, so the page cannot know it
 * arrived. Exists only where {@code waymark.test.failing-answer-route} is set.
 */
@ServerFilter("/officer/screenings/*/answers")
@Requires(property = "waymark.test.failing-answer-route", value = "true")
public final class FailingAnswerRoute {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** The next {@code count} answers get a 503 instead of their reply. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** How many replies were replaced by a 503. */
    public int failed() {
        return failed.get();
    }

    @ResponseFilter
    MutableHttpResponse<?> failOnce(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() == HttpMethod.POST && failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failed.incrementAndGet();
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body("<html><body><h1>503 Service Unavailable</h1></body></html>");
        }
        return response;
    }
}
