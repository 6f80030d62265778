package org.waymark.stats;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the monthly roll-ups current: every ten minutes, each closed month without a current roll-up (never counted,
 * or changed since) is counted again, and the open month is counted through five minutes ago; one month per
 * transaction. A month counts as closed an hour after it ends. Several instances may run this at once: the month's
 * version row is locked while it is counted.
 */
@Singleton
public class StatisticsRollups {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsRollups.class);
    static final Duration GRACE = Duration.ofHours(1);
    /** How far behind now an open month is rolled up: further than any transaction lasts (the triggers assume one minute). */
    static final Duration SETTLE = Duration.ofMinutes(5);

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    StatisticsRollups(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${waymark.stats.rollup-interval:10m}", initialDelay = "${waymark.stats.rollup-delay:1m}")
    void scheduled() {
        int rolled = rollUpDue();
        if (rolled > 0) {
            LOG.info("Statistics: {} closed months rolled up", rolled);
        }
        rollUpOpen();
    }

    /** Rolls up every closed month that has no current roll-up of the whole month; returns how many were counted. */
    public int rollUpDue() {
        List<YearMonth> due = transactions.executeRead(status -> sql(() -> MonthlyRollups.due(status.getConnection(), firstOpenMonth())));
        for (YearMonth month : due) {
            transactions.executeWrite(status -> sql(() -> {
                MonthlyRollups.rollUp(status.getConnection(), month, null);
                return month;
            }));
        }
        return due.size();
    }

    /** Rolls up the months still open (the current one, and the last one during its first hour) through five minutes ago. */
    public void rollUpOpen() {
        Instant through = clock.instant().minus(SETTLE);
        YearMonth current = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        for (YearMonth month = firstOpenMonth(); !month.isAfter(current); month = month.plusMonths(1)) {
            YearMonth open = month;
            transactions.executeWrite(status -> sql(() -> {
                MonthlyRollups.rollUp(status.getConnection(), open, through);
                return open;
            }));
        }
    }

    private YearMonth firstOpenMonth() {
        return YearMonth.from(clock.instant().minus(GRACE).atZone(ZoneOffset.UTC));
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("statistics roll-up failed", e);
        }
    }
}
