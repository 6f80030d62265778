package org.waymark.screening.persistence;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditSequencer;
import org.waymark.audit.AuditTrail;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Group commit of answers against the real database: many writers at once, each answer saved exactly once or refused. */
@MicronautTest(transactional = false) // the writer commits on its own thread, as in service
class AnswerWriterTest extends DatabaseTest {

    private static final String QUESTION = "ctx.works-or-travels-to-work";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AnswerWriter writer;

    @Inject
    AuditTrail trail;

    @Inject
    AuditSequencer sequencer;

    @Inject
    TransactionOperations<Connection> transactions;

    ApiClient officer;
    UUID officerId;
    UUID unitId;

    @BeforeAll
    void officer() throws Exception {
        OwnUnit unit = OwnUnit.create(http);
        officer = unit.officer("writer");
        unitId = UUID.fromString(unit.id());
        try (Connection c = rawConnection();
             ResultSet row = c.createStatement().executeQuery("select id from app_user where unit_id = '" + unitId + "'")) {
            row.next();
            officerId = row.getObject(1, UUID.class); // the unit's only account
        }
    }

    @Test
    void answersArrivingTogetherAreEachSavedOnceWithTheirAuditEntry() throws Exception {
        List<UUID> screenings = start(40);
        List<Boolean> saved = concurrently(screenings.stream().map(id -> (Callable<Boolean>) () -> writer.write(write(id, 0, "YES"))).toList());

        assertThat(saved).containsOnly(true).hasSize(40);
        for (UUID id : screenings) {
            assertThat(count("select version from screening where id = '" + id + "'")).isEqualTo(1);
            assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "' and answer = 'YES'")).isEqualTo(1);
        }
        sequencer.drain();
        assertThat(count("select count(*) from audit_entry where purpose = 'answer-writer-test' and record_id in ("
                + String.join(",", screenings.stream().map(id -> "'" + id + "'").toList()) + ")")).isEqualTo(40);
    }

    @Test
    void ofTwoWritesAtTheSameVersionExactlyOneIsSaved() throws Exception {
        UUID id = start(1).get(0);
        List<Boolean> saved = concurrently(List.of(() -> writer.write(write(id, 0, "YES")), () -> writer.write(write(id, 0, "NO"))));

        assertThat(saved).containsExactlyInAnyOrder(true, false);
        String winner = saved.get(0) ? "YES" : "NO";
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "' and answer = '" + winner + "'")).isEqualTo(1);
        assertThat(count("select version from screening where id = '" + id + "'")).isEqualTo(1);
        sequencer.drain();
        assertThat(count("select count(*) from audit_entry where record_id = '" + id + "'  and purpose = 'answer-writer-test'"))
                .as("only the saved answer is in the trail").isEqualTo(1);
    }

    @Test
    void aBadWriteFailsAloneAndTheOthersInItsBatchAreSaved() throws Exception {
        List<UUID> screenings = start(12);
        List<Callable<Boolean>> writes = new ArrayList<>();
        for (int i = 0; i < screenings.size(); i++) {
            UUID id = screenings.get(i);
            String answer = i == 5 ? "PERHAPS" : "NO"; // the database refuses this value
            writes.add(() -> writer.write(write(id, 0, answer)));
        }
        List<Object> outcomes = outcomes(writes);

        for (int i = 0; i < screenings.size(); i++) {
            if (i == 5) {
                assertThat(outcomes.get(i)).isInstanceOf(RuntimeException.class);
                assertThat(count("select version from screening where id = '" + screenings.get(i) + "'")).as("nothing changed").isZero();
            } else {
                assertThat(outcomes.get(i)).isEqualTo(true);
                assertThat(count("select count(*) from screening_answer where screening_id = '" + screenings.get(i) + "'")).isEqualTo(1);
            }
        }
    }

    @Test
    void refusesAWriteForAScreeningOfAnotherUnitOrAStaleVersion() throws Exception {
        UUID id = start(1).get(0);
        AnswerWriter.Write otherUnit = new AnswerWriter.Write(id, UUID.randomUUID(), 0, QUESTION, "YES", null, Instant.now(), officerId,
                act(id));
        assertThat(writer.write(otherUnit)).isFalse();
        assertThat(writer.write(write(id, 7, "YES"))).isFalse();
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "'")).isZero();
        assertThat(count("select version from screening where id = '" + id + "'")).isZero();
    }

    @Test
    void insideACallersTransactionTheAnswerCommitsOrRollsBackWithIt() throws Exception {
        UUID id = start(1).get(0);
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            assertThat(writer.write(write(id, 0, "YES"))).isTrue();
            throw new IllegalStateException("the caller fails after the answer");
        })).hasMessageContaining("the caller fails");
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "'")).isZero();

        boolean saved = transactions.executeWrite(status -> writer.write(write(id, 0, "YES")));
        assertThat(saved).isTrue();
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "'")).isEqualTo(1);
    }

    private AnswerWriter.Write write(UUID id, long expectedVersion, String answer) {
        return new AnswerWriter.Write(id, unitId, expectedVersion, QUESTION, answer, null, Instant.now(), officerId, act(id));
    }

    private AuditTrail.Act act(UUID id) {
        return trail.capture(new AuditEvent(officerId, "OFFICER", unitId, null, AuditAction.UPDATE, "screening", id.toString(),
                "answer-writer-test"));
    }

    private List<UUID> start(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            officer.start(NewScreening.adultLabour("Writer Test").id(id));
            ids.add(id);
        }
        return ids;
    }

    private static List<Boolean> concurrently(List<Callable<Boolean>> tasks) throws Exception {
        List<Boolean> results = new ArrayList<>();
        for (Object outcome : outcomes(tasks)) {
            if (outcome instanceof Exception e) {
                throw e;
            }
            results.add((Boolean) outcome);
        }
        return results;
    }

    /** Runs the tasks at once (released together); each one's result, or the exception it ended with. */
    private static List<Object> outcomes(List<Callable<Boolean>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = rawConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
