package org.waymark.cluster;

import io.micronaut.context.ApplicationContext;
import org.waymark.audit.AuditSequencer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.waymark.audit.AuditVerifier;
import org.waymark.referral.OutboxRelay;
import org.waymark.screening.ScreeningRetention;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three Waymark instances (separate application contexts with their own HTTP servers) on one PostgreSQL, driven at
 * once: screenings, idempotent retries, referrals, purges and audit appends through all of them. Then: no duplicate,
 * nothing done twice, one unbroken audit chain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTest {

    static final int INSTANCES = 3;
    final List<ApplicationContext> contexts = new ArrayList<>();
    final List<HttpClient> clients = new ArrayList<>();
    Map<String, String> database;

    @BeforeAll
    void startInstances() {
        database = TestPostgres.freshDatabase();
        for (int i = 0; i < INSTANCES; i++) {
            Map<String, Object> properties = new HashMap<>(database);
            properties.put("waymark.mode", "demo");
            properties.put("waymark.data-dir", "target/test-data");
            properties.put("waymark.demo.referrals", "false");
            properties.put("waymark.demo.history", "false");
            properties.put("waymark.referral.push.interval", "1h");
            properties.put("micronaut.server.port", -1);
            ApplicationContext context = ApplicationContext.run(properties);
            contexts.add(context);
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            clients.add(context.createBean(HttpClient.class, server.getURL()));
        }
    }

    @AfterAll
    void stopInstances() {
        clients.forEach(HttpClient::close);
        contexts.forEach(ApplicationContext::close);
    }

    @Test
    void instancesShareTheWorkWithoutDuplicatesOrAForkedChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            // the same screening create, retried through every instance at once: one screening
            UUID retried = UUID.randomUUID();
            List<Callable<Object>> retries = new ArrayList<>();
            for (HttpClient client : clients) {
                retries.add(() -> new ApiClient(client).as("officer.airport").start(NewScreening.adultLabour("Anna").id(retried)));
            }
            for (Future<Object> f : pool.invokeAll(retries)) {
                f.get();
            }

            // screenings and referrals through all instances at once
            List<Callable<String>> work = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                HttpClient client = clients.get(i % INSTANCES);
                work.add(() -> {
                    ApiClient officer = new ApiClient(client).as("officer.airport");
                    String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"),
                            CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
                    String ngo = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code"))).findFirst()
                            .orElseThrow().get("id").toString();
                    Map<String, Object> request = Map.of("id", UUID.randomUUID().toString(), "partnerId", ngo);
                    officer.postJson("/api/v1/screenings/" + screening + "/referrals", request);
                    // the retry lands on the next instance
                    new ApiClient(clients.get((i(client) + 1) % INSTANCES)).as("officer.airport")
                            .postJson("/api/v1/screenings/" + screening + "/referrals", request);
                    return screening;
                });
            }
            List<String> screenings = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(work)) {
                screenings.add(f.get());
            }

            // every instance runs the purge and the relay at the same moment
            Instant later = Instant.now().plus(Duration.ofDays(400));
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (ApplicationContext context : contexts) {
                jobs.add(() -> context.getBean(ScreeningRetention.class).run(later).purged());
                jobs.add(() -> context.getBean(OutboxRelay.class).pushDue());
            }
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                f.get();
            }

            // all three sequencers chain at once; what any of them drains is every entry committed so far
            for (Future<Integer> f : pool.invokeAll(contexts.stream()
                    .map(context -> (Callable<Integer>) () -> context.getBean(AuditSequencer.class).drain()).toList())) {
                f.get();
            }
            assertThat(count("audit_pending")).isZero();
            assertThat(count("screening where id = '" + retried + "'")).isEqualTo(1);
            assertThat(count("referral")).isEqualTo(9);
            assertThat(count("referral_event")).isEqualTo(9);
            assertThat(count("referral_outbox")).isEqualTo(9);
            assertThat(count("audit_entry where action = 'REFER'")).isEqualTo(9);
            assertThat(count("audit_entry where action = 'PURGE' and record_type = 'screening'"))
                    .as("each purge exactly once").isEqualTo(count("screening where purged_at is not null"));
            for (ApplicationContext context : contexts) {
                AuditVerifier.Verification verification = context.getBean(AuditVerifier.class).verify();
                assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
            }
            assertThat(count("audit_entry")).isEqualTo(maxSeq());
        } finally {
            pool.shutdownNow();
        }
    }

    private int i(HttpClient client) {
        return clients.indexOf(client);
    }

    private long count(String from) throws Exception {
        try (Connection c = connection(); ResultSet r = c.createStatement().executeQuery("select count(*) from " + from)) {
            r.next();
            return r.getLong(1);
        }
    }

    private long maxSeq() throws Exception {
        try (Connection c = connection(); ResultSet r = c.createStatement().executeQuery("select max(seq) from audit_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

    private Connection connection() throws Exception {
        return DriverManager.getConnection(database.get("datasources.default.url"), database.get("datasources.default.username"),
                database.get("datasources.default.password"));
    }
}
