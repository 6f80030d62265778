package org.waymark.referral;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.ReferralBody;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.MovableClock;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OutboxRelayTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    OutboxRelay relay;

    @Inject
    MovableClock clock;

    /** A partner endpoint that fails two of every three requests and records the packets it acknowledged. */
    final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();
    final HttpServer partnerEndpoint = flakyEndpoint();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.referral.push.first-retry", "20ms", "waymark.referral.push.max-retry", "100ms",
                "waymark.referral.push.interval", "1h");
    }

    @AfterAll
    void stopEndpoint() {
        partnerEndpoint.stop(0);
    }

    @Test
    void deliversEveryPacketOnceAcknowledgedDespiteAFailingEndpointAndTwoRelays() throws Exception {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        ApiClient admin = new ApiClient(http).as("admin");
        String ngo = officer.partnerId("demo-ngo");
        admin.putJson("/api/v1/partners/" + ngo + "/details", Map.of("regions", List.of("demo-east"),
                "pushEndpoint", "http://127.0.0.1:" + partnerEndpoint.getAddress().getPort() + "/packets"));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                    List.of("NGO_SUPPORT"));
            sent.add(officer.refer(screening, NewReferral.to(ngo)).id());
        }

        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (acknowledged.size() < sent.size() && System.nanoTime() < deadline) {
                List<Future<Integer>> rounds = List.of(relays.submit(relay::pushDue), relays.submit(relay::pushDue));
                for (Future<Integer> round : rounds) {
                    round.get();
                }
                clock.advance(Duration.ofMillis(100)); // the longest wait between attempts here: every failed entry is due again
            }
        } finally {
            relays.shutdownNow();
        }

        assertThat(acknowledged.keySet()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(acknowledged.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(requests.get()).isGreaterThan(sent.size());
        for (String id : sent) {
            ReferralBody.Delivery delivery = officer.referral(id).delivery();
            assertThat(delivery).isNotNull();
            assertThat(delivery.deliveredAt()).isNotNull();
        }
        assertThat(relay.pushDue()).isZero();
        assertThat(acknowledged.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(sent.size());
    }

    @Test
    void holdsNoTransactionAndNoRowLockWhileThePartnersServerAnswers() throws Exception {
        List<String> seenWhileAnswering = new CopyOnWriteArrayList<>();
        HttpServer watchingEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        watchingEndpoint.createContext("/packets", exchange -> {
            exchange.getRequestBody().readAllBytes();
            seenWhileAnswering.add(databaseSeenFromOutside(exchange.getRequestHeaders().getFirst("X-Waymark-Packet-Id")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        watchingEndpoint.start();
        try {
            ApiClient officer = OwnUnit.create(http).officer("airport");
            String inspectorate = officer.partnerId("demo-labour-inspectorate");
            new ApiClient(http).as("admin").putJson("/api/v1/partners/" + inspectorate + "/details", Map.of("regions", List.of(),
                    "pushEndpoint", "http://127.0.0.1:" + watchingEndpoint.getAddress().getPort() + "/packets"));
            String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                    List.of("LABOUR_INSPECTORATE"));
            String referral = officer.refer(screening, NewReferral.to(inspectorate)).id();

            relay.pushDue();

            assertThat(seenWhileAnswering).containsExactly(referral + ": sessions idle in a transaction 0, outbox row free");
            ReferralBody.Delivery delivery = officer.referral(referral).delivery();
            assertThat(delivery).isNotNull();
            assertThat(delivery.deliveredAt()).as("the outcome is recorded after the call").isNotNull();
            assertThat(delivery.attempts()).isEqualTo(1);
        } finally {
            watchingEndpoint.stop(0);
        }
    }

    /**
     * What another session sees of the application's sessions while the partner's server is answering: how many sit idle
     * inside a transaction that touched the outbox, referrals or partners, and whether the pushed entry's row can be locked.
     */
    private String databaseSeenFromOutside(String referralId) {
        try (Connection connection = rawConnection()) {
            int idle;
            try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from pg_stat_activity a "
                    + "where a.datname = current_database() and a.pid <> pg_backend_pid() and a.state like 'idle in transaction%' "
                    + "and exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation where l.pid = a.pid "
                    + "and c.relname in ('referral_outbox', 'referral', 'partner'))")) {
                rows.next();
                idle = rows.getInt(1);
            }
            String row;
            try (PreparedStatement lock = connection.prepareStatement(
                    "select referral_id from referral_outbox where referral_id = ?::uuid for update nowait")) {
                lock.setString(1, referralId);
                lock.executeQuery().close();
                row = "free";
            } catch (SQLException e) {
                row = "locked (" + e.getSQLState() + ")";
            }
            return referralId + ": sessions idle in a transaction " + idle + ", outbox row " + row;
        } catch (SQLException e) {
            return "could not look: " + e.getSQLState();
        }
    }

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        assertThat(relay.backoff(0)).hasMillis(20);
        assertThat(relay.backoff(1)).hasMillis(40);
        assertThat(relay.backoff(2)).hasMillis(80);
        assertThat(relay.backoff(3)).hasMillis(100);
        assertThat(relay.backoff(40)).hasMillis(100);
    }

    private HttpServer flakyEndpoint() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Set<String> seenOnce = ConcurrentHashMap.newKeySet();
            server.createContext("/packets", exchange -> {
                requests.incrementAndGet();
                String id = exchange.getRequestHeaders().getFirst("X-Waymark-Packet-Id");
                byte[] body = exchange.getRequestBody().readAllBytes();
                // every packet fails on its first try, and every third request fails anyway
                boolean fail = seenOnce.add(id) || requests.get() % 3 == 0 || body.length == 0;
                if (!fail) {
                    acknowledged.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                }
                exchange.sendResponseHeaders(fail ? 503 : 200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
