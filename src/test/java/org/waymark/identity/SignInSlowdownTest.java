package org.waymark.identity;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.MovableClock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in an attacker cannot turn against officers (issue "Insiders and lockouts", finding 4): behind the ingress each
 * real client is throttled by itself; repeated failures slow an account down and the right password works after the
 * wait; a burst of sign-ins is bounded (429) while the service stays responsive.
 */
@MicronautTest
class SignInSlowdownTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    MovableClock clock;

    @Override
    protected Map<String, String> extraProperties() {
        // the test client connects from loopback: it plays the ingress, and X-Forwarded-For names the real client
        return Map.of("waymark.security.trusted-proxies", "127.0.0.1,::1", "waymark.security.sign-in.base-delay", "700ms");
    }

    @BeforeEach
    void timeMovesOnlyWhenTheTestMovesIt() {
        clock.stop(); // a slow machine must not let a client's wait run out between two of its sign-ins
    }

    @Test
    void failuresFromOneClientNeverStopAnotherClientsRightPassword() {
        for (int i = 0; i < 25; i++) { // one client spraying guesses over many accounts
            status(signIn("someone-" + i, "guess-" + i, "203.0.113.5"));
        }
        assertThat(status(signIn("officer.border", ApiClient.DEMO_PASSWORD, "198.51.100.7"))).as("another client behind the same ingress")
                .isEqualTo(200);
        assertThat(status(signIn("supervisor", ApiClient.DEMO_PASSWORD, "203.0.113.5"))).as("the guessing client is slowed down")
                .isEqualTo(429);
    }

    @Test
    void anAccountIsSlowedDownNotLockedAndTheRightPasswordWorksAfterTheWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(status(signIn("partner.inspectorate", "guess-" + i, "192.0.2.10"))).isEqualTo(401);
        }
        HttpClientResponseException early = exchange(signIn("partner.inspectorate", ApiClient.DEMO_PASSWORD, "192.0.2.11"));
        assertThat(early.getStatus().getCode()).isEqualTo(429);
        assertThat(early.getResponse().getHeaders().get("Retry-After")).isEqualTo("1");
        assertThat(early.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow().get("detail").toString())
                .contains("right password works");
        clock.advance(Duration.ofMillis(800));
        assertThat(status(signIn("partner.inspectorate", ApiClient.DEMO_PASSWORD, "192.0.2.11"))).as("after the wait").isEqualTo(200);
    }

    @Test
    void theFailedSignInTableHoldsNoClientAddressInClear() throws SQLException {
        assertThat(status(signIn("officer.airport", "wrong-guess", "203.0.113.77"))).isEqualTo(401);

        assertThat(count("select count(*) from failed_sign_in where subject like 'address:%'")).isPositive();
        assertThat(count("select count(*) from failed_sign_in where subject like '%203.0.113.77%'")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowArePrunedWhenTheNextFailureComes() throws SQLException {
        try (Connection c = rawConnection()) {
            c.createStatement().execute("insert into failed_sign_in (subject, at) values ('account:long-ago', now() - interval '1 day')");
        }

        assertThat(status(signIn("auditor", "wrong-guess", "198.51.100.99"))).isEqualTo(401);

        assertThat(count("select count(*) from failed_sign_in where subject = 'account:long-ago'")).isZero();
        assertThat(count("select count(*) from failed_sign_in")).isPositive();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = rawConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void threeHundredConcurrentSignInsAreBoundedAndHealthStaysFast() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String client = "198.18." + (i / 200) + "." + (i % 200 + 1);
            results.add(pool.submit(() -> {
                long start = System.nanoTime();
                int code = status(signIn("trainer", ApiClient.DEMO_PASSWORD, client));
                return new long[]{code, System.nanoTime() - start};
            }));
        }
        List<Long> health = new ArrayList<>();
        while (results.stream().anyMatch(f -> !f.isDone())) {
            long start = System.nanoTime();
            HttpResponse<String> up = http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
            assertThat(up.code()).isEqualTo(200);
            health.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(50);
        }
        long heapPeak = runtime.totalMemory() - runtime.freeMemory();
        pool.shutdown();
        List<Long> codes = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        for (Future<long[]> f : results) {
            codes.add(f.get()[0]);
            millis.add(f.get()[1] / 1_000_000);
        }
        millis.sort(null);
        health.sort(null);
        long ok = codes.stream().filter(c -> c == 200).count();
        long busy = codes.stream().filter(c -> c == 429).count();
        System.out.printf("300 concurrent sign-ins: %d signed in, %d told to retry (429); latency median %d ms, max %d ms;"
                        + " /health during the burst: median %d ms, max %d ms over %d calls; heap used %d MiB before, %d MiB at the end%n",
                ok, busy, millis.get(149), millis.get(299), health.isEmpty() ? 0 : health.get(health.size() / 2),
                health.isEmpty() ? 0 : health.get(health.size() - 1), health.size(), heapBefore >> 20, heapPeak >> 20);
        assertThat(ok + busy).as("every sign-in is either done or told to retry: no error, no time-out").isEqualTo(300);
        assertThat(ok).as("the bounded hashing still signs people in").isPositive();
        assertThat(health).as("/health was called during the burst").isNotEmpty();
        assertThat(health.get(health.size() / 2)).as("/health stays fast: median").isLessThan(250);
        assertThat(health.get(health.size() - 1)).as("/health stays fast: slowest").isLessThan(2500);
    }

    private MutableHttpRequest<?> signIn(String username, String password, String client) {
        return HttpRequest.POST("/api/v1/auth/sign-in", Map.of("username", username, "password", password)).header("X-Forwarded-For", client);
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private HttpClientResponseException exchange(MutableHttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
            throw new AssertionError("expected a refusal");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }
}
