package org.waymark.screening.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.security.OfficerRowScope;
import org.waymark.screening.ScreeningSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Saves answers with group commit: answers arriving together from many officers are written in one transaction and
 * one round trip, and each caller waits until its own answer is committed (or refused). An answer is saved only if its
 * screening is still at the version the officer saw, in progress and not purged — in the same statement that bumps the
 * version — and its audit entry commits with it. Inside a caller's transaction the answer is written there instead.
 */
@Singleton
public class AnswerWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerWriter.class);
    private static final int MAX_BATCH = 256;
    private static final TransactionDefinition OWN_TRANSACTION = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);
    private static final String SAVE = "with bumped as (update screening set version = version + 1, updated_at = ? "
            + "where id = ? and unit_id = ? and version = ? and status = 'IN_PROGRESS' and purged_at is null returning id) "
            + "insert into screening_answer (screening_id, question_id, answer, note, answered_at, answered_by) "
            + "select id, ?, ?, ?, ?, ? from bumped "
            + "on conflict (screening_id, question_id) do update set answer = excluded.answer, note = excluded.note, "
            + "answered_at = excluded.answered_at, answered_by = excluded.answered_by";

    /** One answer to save: {@code note} already encrypted; {@code act} its audit entry, captured on the request's thread. */
    public record Write(UUID screeningId, UUID unitId, long expectedVersion, String questionId, String answer, @Nullable byte[] note,
                        Instant at, UUID officerId, AuditTrail.Act act) {
    }

    private record Queued(Write write, CompletableFuture<Boolean> saved) {
    }

    private final TransactionOperations<Connection> transactions;
    private final AuditTrail trail;
    private final Duration timeout;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final Thread writer = new Thread(this::run, "answer-writer");
    private volatile boolean stopping;

    AnswerWriter(TransactionOperations<Connection> transactions, AuditTrail trail,
                 ScreeningSettings settings) {
        this.transactions = transactions;
        this.trail = trail;
        this.timeout = settings.answerWriteTimeout();
    }

    @PostConstruct
    void start() {
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Saves the answer if the screening is still at {@code expectedVersion}; true once committed, false if it was not
     * (stale version, completed, purged, or not the unit's): then nothing was written.
     */
    public boolean write(Write write) {
        if (transactions.findTransactionStatus().isPresent()) {
            return transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY),
                    status -> save(status.getConnection(), write.unitId(), List.of(write)).get(0));
        }
        if (stopping) {
            throw new IllegalStateException("the service is stopping; the answer was not saved");
        }
        CompletableFuture<Boolean> saved = new CompletableFuture<>();
        queue.add(new Queued(write, saved));
        try {
            return saved.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the answer was being saved", e);
        } catch (TimeoutException e) {
            // it may still commit: a retry of the same answer is then recognised as already stored
            throw new IllegalStateException("the answer was not saved within " + timeout, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Queued> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                byUnit(batch).values().forEach(this::commit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                batch.forEach(queued -> queued.saved().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        refuseRemaining();
    }

    /** Each unit's answers in a transaction of their own, narrowed to that unit; in screening order, so batches never deadlock. */
    private static Map<UUID, List<Queued>> byUnit(List<Queued> batch) {
        Map<UUID, List<Queued>> groups = new LinkedHashMap<>();
        batch.stream().sorted(Comparator.comparing((Queued q) -> q.write().screeningId()))
                .forEach(queued -> groups.computeIfAbsent(queued.write().unitId(), unit -> new ArrayList<>()).add(queued));
        return groups;
    }

    private void commit(List<Queued> group) {
        try {
            List<Write> writes = group.stream().map(Queued::write).toList();
            List<Boolean> saved = transactions.execute(OWN_TRANSACTION, status -> save(status.getConnection(), writes.get(0).unitId(), writes));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).saved().complete(saved.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                LOG.warn("An answer could not be saved ({})", e.getClass().getSimpleName());
                group.get(0).saved().completeExceptionally(e);
            } else {
                group.forEach(queued -> commit(List.of(queued))); // one bad write must not fail the others
            }
        }
    }

    private List<Boolean> save(Connection connection, UUID unitId, List<Write> writes) {
        OfficerRowScope.narrowTransaction(connection, unitId);
        try (PreparedStatement statement = connection.prepareStatement(SAVE)) {
            for (Write write : writes) {
                statement.setTimestamp(1, Timestamp.from(write.at()));
                statement.setObject(2, write.screeningId());
                statement.setObject(3, write.unitId());
                statement.setLong(4, write.expectedVersion());
                statement.setString(5, write.questionId());
                statement.setString(6, write.answer());
                statement.setBytes(7, write.note());
                statement.setTimestamp(8, Timestamp.from(write.at()));
                statement.setObject(9, write.officerId());
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            List<Boolean> saved = new ArrayList<>(writes.size());
            List<AuditTrail.Act> acts = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                saved.add(counts[i] == 1);
                if (counts[i] == 1) {
                    acts.add(writes.get(i).act());
                }
            }
            trail.recordAll(acts);
            return saved;
        } catch (SQLException e) {
            throw new IllegalStateException("answers could not be saved (SQL state " + e.getSQLState() + ")", e);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        writer.interrupt();
        try {
            writer.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refuseRemaining();
    }

    private void refuseRemaining() {
        Queued queued;
        while ((queued = queue.poll()) != null) {
            queued.saved().completeExceptionally(new IllegalStateException("the service is stopping; the answer was not saved"));
        }
    }
}
