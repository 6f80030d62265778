package org.waymark.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.testing.DatabaseTest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-ups change how fast figures are counted, never what they are: every table, for every pair of breakdowns
 * and every period, equals the plain aggregation of the projection — before roll-up, after it, after changes to
 * rolled-up months, and when a change commits while its month is being rolled up.
 */
@MicronautTest(transactional = false) // the roll-ups must commit, as they do when the scheduler runs them
class MonthlyRollupsTest extends DatabaseTest {

    private static final YearMonth FROM = YearMonth.of(2000, 1);
    private static final YearMonth TO = YearMonth.of(2100, 12);

    @Inject
    StatisticsQueries queries;

    @Inject
    StatisticsRollups rollups;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.stats.rollup-delay", "1h");
    }

    private List<YearMonth> closedMonths;

    @BeforeAll
    void fiveMonthsOfScreeningsUpToNow() throws SQLException {
        Instant now = Instant.now();
        Instant start = now.minus(150, ChronoUnit.DAYS);
        try (Connection connection = rawConnection()) {
            SyntheticScreenings.insert(connection, 3_000, 0.17, start, now);
        }
        YearMonth open = YearMonth.from(now.minus(StatisticsRollups.GRACE).atZone(ZoneOffset.UTC));
        closedMonths = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start.atZone(ZoneOffset.UTC)); month.isBefore(open); month = month.plusMonths(1)) {
            closedMonths.add(month);
        }
    }

    @Test
    void everyTableEqualsThePlainAggregationBeforeAndAfterRollUpAndAfterChangesToRolledUpMonths() throws SQLException {
        everyTableEqualsThePlainAggregation();

        rollups.rollUpDue();
        assertThat(rollups.rollUpDue()).as("nothing is due once every closed month is current").isZero();
        assertThat(currentMonths()).isEqualTo(closedMonths).doesNotContain(YearMonth.now(ZoneOffset.UTC));
        everyTableEqualsThePlainAggregation();

        YearMonth changed = YearMonth.now(ZoneOffset.UTC).minusMonths(2);
        try (Connection connection = rawConnection()) {
            String inMonth = " where id = (select id from screening where status = 'COMPLETED' and not training"
                    + " and date_trunc('month', completed_at at time zone 'UTC')::date = date '" + changed.atDay(1) + "' order by id limit 1)";
            connection.createStatement().executeUpdate("update screening set sex = 'OTHER', sector = 'FISHING_AQUACULTURE'" + inMonth);
            connection.createStatement().executeUpdate("update screening set training = true" + inMonth);
            connection.createStatement().executeUpdate("update screening set status = 'IN_PROGRESS', completed_at = null" + inMonth);
        }
        assertThat(currentMonths()).doesNotContain(changed).hasSize(closedMonths.size() - 1);
        everyTableEqualsThePlainAggregation();

        assertThat(rollups.rollUpDue()).isEqualTo(1);
        assertThat(currentMonths()).isEqualTo(closedMonths);
        everyTableEqualsThePlainAggregation();
    }

    @Test
    void theOpenMonthIsRolledUpThroughAMomentAgoAndWhatCameAfterIsCountedLive() throws SQLException {
        YearMonth open = YearMonth.now(ZoneOffset.UTC);
        rollups.rollUpDue();
        rollups.rollUpOpen();
        assertThat(rolled()).filteredOn(MonthlyRollups.Rolled::partial).extracting(r -> YearMonth.from(r.month())).contains(open);
        Instant now = Instant.now();
        try (Connection connection = rawConnection()) { // completed since the roll-up: counted live
            SyntheticScreenings.insert(connection, 40, 0.61, now.minus(50, ChronoUnit.SECONDS), now);
        }
        assertThat(rolled()).filteredOn(MonthlyRollups.Rolled::partial).extracting(r -> YearMonth.from(r.month())).contains(open);
        everyTableEqualsThePlainAggregation();

        try (Connection connection = rawConnection()) { // a settled completion of this month changes: the roll-up is stale
            assertThat(connection.createStatement().executeUpdate("update screening set sex = 'OTHER' where id = (select id from screening "
                    + "where status = 'COMPLETED' and not training and completed_at >= date_trunc('month', now()) "
                    + "and completed_at < now() - interval '10 minutes' order by id limit 1)")).isEqualTo(1);
        }
        assertThat(rolled()).extracting(r -> YearMonth.from(r.month())).doesNotContain(open);
        everyTableEqualsThePlainAggregation();
    }

    @Test
    void aChangeCommittedWhileItsMonthIsRolledUpIsCounted() throws Exception {
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(3);
        rollups.rollUpDue();
        try (Connection writer = rawConnection()) {
            writer.setAutoCommit(false);
            writer.createStatement().executeUpdate("update screening set nationality = 'NO' where id = (select id from screening "
                    + "where status = 'COMPLETED' and not training and date_trunc('month', completed_at at time zone 'UTC')::date = date '"
                    + month.atDay(1) + "' order by id desc limit 1)");
            CompletableFuture<Void> rollUp = CompletableFuture.runAsync(() -> {
                try (Connection connection = rawConnection()) {
                    connection.setAutoCommit(false);
                    MonthlyRollups.rollUp(connection, month, null);
                    connection.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            untilASessionWaitsForALock();
            assertThat(rollUp).as("the roll-up waits for the change to commit").isNotDone();
            writer.commit();
            rollUp.get(30, TimeUnit.SECONDS);
        }
        assertThat(currentMonths()).contains(month);
        assertThat(counts(Breakdown.NATIONALITY, Breakdown.PERIOD, Breakdown.Period.MONTH))
                .isEqualTo(plain(Breakdown.NATIONALITY, Breakdown.PERIOD, Breakdown.Period.MONTH))
                .containsKey("NO");
    }

    /** Returns once PostgreSQL says a session of this database waits for a lock another holds; fails after 30 seconds. */
    private void untilASessionWaitsForALock() throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = rawConnection()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet waiting = connection.createStatement().executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no session waited for a lock");
    }

    private void everyTableEqualsThePlainAggregation() throws SQLException {
        List<Breakdown> breakdowns = Arrays.stream(Breakdown.values()).filter(b -> b.appliesTo(Breakdown.Measure.SCREENINGS)).toList();
        List<Breakdown> columns = new ArrayList<>(breakdowns);
        columns.add(null);
        try (Connection connection = rawConnection()) {
            for (Breakdown.Period period : List.of(Breakdown.Period.MONTH, Breakdown.Period.QUARTER)) {
                for (Breakdown rows : breakdowns) {
                    for (Breakdown column : columns) {
                        if (column != rows) {
                            assertThat(counts(rows, column, period)).as("%s × %s by %s", rows, column, period)
                                    .isEqualTo(plain(connection, rows, column, period));
                        }
                    }
                }
            }
        }
    }

    private Map<String, Map<String, Long>> counts(Breakdown rows, Breakdown columns, Breakdown.Period period) {
        CountTable table = transactions.executeRead(status ->
                queries.counts(new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, rows, columns, period, FROM, TO)));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            for (int j = 0; j < table.columns().size(); j++) {
                if (table.counts()[i][j] != 0) {
                    counts.computeIfAbsent(table.rows().get(i), r -> new TreeMap<>()).put(table.columns().get(j), table.counts()[i][j]);
                }
            }
        }
        return counts;
    }

    private Map<String, Map<String, Long>> plain(Breakdown rows, Breakdown columns, Breakdown.Period period) throws SQLException {
        try (Connection connection = rawConnection()) {
            return plain(connection, rows, columns, period);
        }
    }

    private static Map<String, Map<String, Long>> plain(Connection connection, Breakdown rows, Breakdown columns, Breakdown.Period period)
            throws SQLException {
        String sql = "select " + rows.expression(period) + ", " + (columns == null ? "'count'" : columns.expression(period)) + ", count(*) "
                + "from stats_screening" + rows.join() + (columns == null ? "" : columns.join()) + " group by 1, 2";
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                String row = result.getString(1) == null ? "UNKNOWN" : result.getString(1);
                String column = result.getString(2) == null ? "UNKNOWN" : result.getString(2);
                counts.computeIfAbsent(row, r -> new TreeMap<>()).merge(column, result.getLong(3), Long::sum);
            }
        }
        return counts;
    }

    /** The months rolled up whole. */
    private List<YearMonth> currentMonths() throws SQLException {
        return rolled().stream().filter(r -> !r.partial()).map(r -> YearMonth.from(r.month())).toList();
    }

    private List<MonthlyRollups.Rolled> rolled() throws SQLException {
        try (Connection connection = rawConnection()) {
            return MonthlyRollups.currentMonths(connection, FROM, TO);
        }
    }
}
