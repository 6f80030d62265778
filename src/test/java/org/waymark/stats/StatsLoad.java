package org.waymark.stats;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.waymark.testing.TestPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): a seeded synthetic set of N completed screenings (default 1,000,000) on a fresh migrated
 * database, then the supervisor dashboard's query set through {@link StatisticsQueries} (aggregation + disclosure
 * control) against the same aggregations in plain SQL, alternating, several rounds; prints medians and the ratio.
 * Run with {@code src/test/bench/stats.sh [N]}.
 */
public final class StatsLoad {

    /** The dashboard: what a supervisor's first page asks for (the last table counts referrals). */
    static final List<String[]> DASHBOARD = List.of(
            new String[]{"period", "riskLevel"}, new String[]{"region", "outcome"}, new String[]{"period", "dimension"},
            new String[]{"ageBand", "sex"}, new String[]{"placeType", "riskLevel"}, new String[]{"nationality", null},
            new String[]{"partnerType", "status", "referrals"});

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, String> db = TestPostgres.freshDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.get("datasources.default.url"));
        config.setUsername(db.get("datasources.default.username"));
        config.setPassword(db.get("datasources.default.password"));
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            long started = System.nanoTime();
            generate(dataSource, n);
            System.out.printf("generated %,d screenings (and referrals for about 5 %%) in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
            if (!"live".equals(System.getProperty("rollups"))) {
                started = System.nanoTime();
                int months = rollUp(dataSource);
                System.out.printf("rolled up %d closed months and the open one in %.1f s%n", months, (System.nanoTime() - started) / 1e9);
            }
            StatisticsQueries queries = new StatisticsQueries(dataSource, new StatsSettings(11, 11));
            List<Long> waymark = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            for (int round = 0; round < 7; round++) {
                long t0 = System.nanoTime();
                for (String[] q : DASHBOARD) {
                    queries.table(request(q));
                }
                long t1 = System.nanoTime();
                try (Connection c = dataSource.getConnection()) {
                    for (String[] q : DASHBOARD) {
                        try (ResultSet r = c.createStatement().executeQuery(plainSql(q))) {
                            while (r.next()) {
                                r.getLong(3);
                            }
                        }
                    }
                }
                long t2 = System.nanoTime();
                if (round > 0) { // the first round warms caches and the JIT
                    waymark.add((t1 - t0) / 1_000_000);
                    plain.add((t2 - t1) / 1_000_000);
                }
            }
            if (Boolean.getBoolean("explain")) {
                explainLive(dataSource);
            }
            long w = median(waymark);
            long p = median(plain);
            System.out.printf("dashboard (%d tables) through Waymark: median %d ms; the same aggregations in plain SQL: median %d ms; ratio %.2f%n",
                    DASHBOARD.size(), w, p, (double) w / p);
        }
    }

    /** Prints, per dashboard table, its time through Waymark and the plan of its live part (the current month). */
    private static void explainLive(HikariDataSource dataSource) throws Exception {
        StatisticsQueries queries = new StatisticsQueries(dataSource, new StatsSettings(11, 11));
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (String[] q : DASHBOARD) {
            long t0 = System.nanoTime();
            queries.table(request(q));
            System.out.printf("%s × %s: %d ms%n", q[0], q[1], (System.nanoTime() - t0) / 1_000_000);
        }
        try (Connection c = dataSource.getConnection()) {
            String through;
            try (ResultSet row = c.createStatement().executeQuery("select rolled_through from stats_month where month = date '" + now.atDay(1) + "'")) {
                through = row.next() ? row.getString(1) : "-infinity";
            }
            try (ResultSet plan = c.createStatement().executeQuery("explain analyze select region, count(*) from stats_screening_timed where month = date '"
                    + now.atDay(1) + "' and completed_at > timestamptz '" + through + "' group by 1")) {
                while (plan.next()) {
                    System.out.println(plan.getString(1));
                }
            }
        }
    }

    static StatisticsQueries.TableRequest request(String[] q) {
        return new StatisticsQueries.TableRequest(measure(q), Breakdown.of(q[0]).orElseThrow(),
                q[1] == null ? null : Breakdown.of(q[1]).orElseThrow(), Breakdown.Period.QUARTER, YearMonth.of(2020, 1), YearMonth.of(2030, 12));
    }

    private static Breakdown.Measure measure(String[] q) {
        return q.length > 2 ? Breakdown.Measure.REFERRALS : Breakdown.Measure.SCREENINGS;
    }

    static String plainSql(String[] q) {
        Breakdown rows = Breakdown.of(q[0]).orElseThrow();
        Breakdown columns = q[1] == null ? null : Breakdown.of(q[1]).orElseThrow();
        return "select " + rows.expression(Breakdown.Period.QUARTER) + ", " + (columns == null ? "'count'" : columns.expression(Breakdown.Period.QUARTER))
                + ", count(*) from " + measure(q).view() + rows.join() + (columns == null ? "" : columns.join())
                + " where month >= date '2020-01-01' and month <= date '2030-12-01' group by 1, 2"; // the same filter Waymark applies
    }

    private static void generate(HikariDataSource dataSource, int n) throws Exception {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            // two years up to now: the current month is counted live, the closed ones from their roll-ups
            SyntheticScreenings.insert(c, n, 0.42, now.minus(730, ChronoUnit.DAYS), now);
            SyntheticReferrals.insert(c, 5, 0.43); // about one in twenty completed screenings referred
        }
    }

    /** Rolls up every closed month and the open one, as the service's job does, one month per transaction. */
    static int rollUp(HikariDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Instant now = Instant.now();
            YearMonth firstOpen = YearMonth.from(now.minus(StatisticsRollups.GRACE).atZone(ZoneOffset.UTC));
            List<YearMonth> due = MonthlyRollups.due(c, firstOpen);
            c.setAutoCommit(false);
            for (YearMonth month : due) {
                MonthlyRollups.rollUp(c, month, null);
                c.commit();
            }
            for (YearMonth month = firstOpen; !month.isAfter(YearMonth.from(now.atZone(ZoneOffset.UTC))); month = month.plusMonths(1)) {
                MonthlyRollups.rollUp(c, month, now.minus(StatisticsRollups.SETTLE));
                c.commit();
            }
            return due.size();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
