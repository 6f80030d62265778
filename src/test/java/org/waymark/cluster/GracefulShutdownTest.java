package org.waymark.cluster;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.junit.jupiter.api.Test;
import org.waymark.testing.TestPostgres;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On shutdown an instance finishes the requests it is serving before it closes (what SIGTERM triggers), and no longer
 * tells a load balancer it is ready.
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheInstanceStopsStillGetsItsAnswer() throws Exception {
        ApplicationContext context = ApplicationContext.run(properties());
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/test/slow")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(SlowController.SERVING.tryAcquire(30, TimeUnit.SECONDS)).as("the request is being served").isTrue();
        long started = System.nanoTime();
        context.close();

        HttpResponse<String> answer = inFlight.get();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("done");
        assertThat((System.nanoTime() - started) / 1_000_000).as("close waited for the request").isGreaterThanOrEqualTo(500);
    }

    @Test
    void whileStoppingTheInstanceIsNoLongerReadyEvenOverAConnectionKeptOpen() throws Exception {
        ApplicationContext context = ApplicationContext.run(properties());
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(server.getURL() + "/health/readiness")).timeout(Duration.ofSeconds(20)).build();
        assertThat(client.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode()).as("ready before the stop").isEqualTo(200);

        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/test/slow")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(SlowController.SERVING.tryAcquire(30, TimeUnit.SECONDS)).as("the request is being served").isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        // ask until the stop shows; it must show while the slow request still holds the instance open
        int status = 200;
        while (status == 200 && !inFlight.isDone()) {
            try {
                status = client.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException refused) {
                status = 0; // the listener is closed: a balancer's check fails just the same
            }
        }
        assertThat(status).as("readiness while stopping (0 = connection refused)").isNotEqualTo(200);
        assertThat(inFlight.get().statusCode()).as("the request in flight still gets its answer").isEqualTo(200);
        closing.get();
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(TestPostgres.freshDatabase());
        properties.put("waymark.mode", "demo");
        properties.put("waymark.data-dir", "target/test-data");
        properties.put("waymark.demo.referrals", "false");
        properties.put("waymark.demo.history", "false");
        properties.put("micronaut.server.port", -1);
        properties.put("graceful-shutdown-test", "true");
        return properties;
    }

    /** A request that takes a while, present only in this test's context. */
    @Controller("/test/slow")
    @Requires(property = "graceful-shutdown-test", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class SlowController {
        /** One permit per request being served: a test takes it to know its request has arrived. */
        static final Semaphore SERVING = new Semaphore(0);

        @Get(produces = "text/plain")
        String slow() throws InterruptedException {
            SERVING.release();
            Thread.sleep(3000);
            return "done";
        }
    }

}
