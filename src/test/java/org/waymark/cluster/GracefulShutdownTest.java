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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** On shutdown an instance finishes the requests it is serving before it closes (what SIGTERM triggers). */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheInstanceStopsStillGetsItsAnswer() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestPostgres.freshDatabase());
        properties.put("waymark.mode", "demo");
        properties.put("waymark.data-dir", "target/test-data");
        properties.put("waymark.demo.referrals", "false");
        properties.put("waymark.demo.history", "false");
        properties.put("micronaut.server.port", -1);
        properties.put("graceful-shutdown-test", "true");
        ApplicationContext context = ApplicationContext.run(properties);
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/test/slow")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(SlowController.SERVING.await(30, TimeUnit.SECONDS)).as("the request is being served").isTrue();
        long started = System.nanoTime();
        context.close();

        HttpResponse<String> answer = inFlight.get();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("done");
        assertThat((System.nanoTime() - started) / 1_000_000).as("close waited for the request").isGreaterThanOrEqualTo(500);
    }

    /** A request that takes a while, present only in this test's context. */
    @Controller("/test/slow")
    @Requires(property = "graceful-shutdown-test", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class SlowController {
        static final CountDownLatch SERVING = new CountDownLatch(1);

        @Get(produces = "text/plain")
        String slow() throws InterruptedException {
            SERVING.countDown();
            Thread.sleep(1500);
            return "done";
        }
    }

}
