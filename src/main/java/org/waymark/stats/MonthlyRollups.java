package org.waymark.stats;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The monthly roll-ups of the screening projection (table {@code stats_screening_rollup}, V14): for one month (whole,
 * or the current month through a recent moment), the count of every single breakdown and of every pair of breakdowns,
 * counted from the projection in a handful of grouping-set scans. A month's roll-up is read only while the month's version (bumped by a trigger on every change to
 * its screenings) is the one it was counted from, so the published figures always equal the projection's.
 * Plain JDBC on a connection the caller owns: the service runs it in a transaction, the benchmark on its own pool.
 */
public final class MonthlyRollups {

    /** Breakdowns with one value per screening. */
    static final List<Breakdown> SINGLE = Arrays.stream(Breakdown.values())
            .filter(b -> b != Breakdown.PERIOD && b.appliesTo(Breakdown.Measure.SCREENINGS) && b.join().isEmpty()).toList();
    /** Breakdowns with several values per screening (outcomes, dimensions, indicators). */
    static final List<Breakdown> MULTIPLE = Arrays.stream(Breakdown.values())
            .filter(b -> b.appliesTo(Breakdown.Measure.SCREENINGS) && !b.join().isEmpty()).toList();

    private MonthlyRollups() {
    }

    /** A month with a current roll-up: whole, or (the current month) completions up to {@code through}. */
    record Rolled(LocalDate month, Instant through) {

        boolean partial() {
            return through != null;
        }
    }

    /**
     * Counts {@code month} again, whole ({@code through} null) or its completions up to {@code through}, and marks the
     * roll-up current. Must run inside a transaction: it locks the month's version row first, so a change committed
     * meanwhile either is counted or makes the roll-up stale again.
     */
    static void rollUp(Connection connection, YearMonth month, Instant through) throws SQLException {
        LocalDate first = month.atDay(1);
        try (PreparedStatement ensure = connection.prepareStatement("insert into stats_month (month) values (?) on conflict do nothing")) {
            ensure.setObject(1, first);
            ensure.executeUpdate();
        }
        long version;
        try (PreparedStatement lock = connection.prepareStatement("select version from stats_month where month = ? for update")) {
            lock.setObject(1, first);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                version = row.getLong(1);
            }
        }
        try (PreparedStatement clear = connection.prepareStatement("delete from stats_screening_rollup where month = ?")) {
            clear.setObject(1, first);
            clear.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into stats_screening_rollup (month, a, a_value, b, b_value, screenings) values (?, ?, ?, ?, ?, ?)")) {
            for (Scan scan : scans()) {
                scan.count(connection, first, through, insert);
            }
            insert.executeBatch();
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "update stats_month set rolled_version = ?, rolled_through = ?, rolled_at = now() where month = ?")) {
            mark.setLong(1, version);
            mark.setObject(2, through == null ? null : OffsetDateTime.ofInstant(through, ZoneOffset.UTC));
            mark.setObject(3, first);
            mark.executeUpdate();
        }
    }

    /** The months of [from, to] whose roll-up is current, oldest first. */
    static List<Rolled> currentMonths(Connection connection, YearMonth from, YearMonth to) throws SQLException {
        List<Rolled> months = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select month, rolled_through from stats_month where month between ? and ? and rolled_version = version order by month")) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime through = rows.getObject(2, OffsetDateTime.class);
                    months.add(new Rolled(rows.getObject(1, LocalDate.class), through == null ? null : through.toInstant()));
                }
            }
        }
        return months;
    }

    /** Months before {@code cutoff} since the first completion (demo history included) that have no current roll-up of the whole month. */
    static List<YearMonth> due(Connection connection, YearMonth cutoff) throws SQLException {
        List<YearMonth> months = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select m::date from generate_series(
                    date_trunc('month', least((select min(completed_at) from screening where status = 'COMPLETED'),
                                              (select min(completed_at) from demo_stats_screening)) at time zone 'UTC'),
                    ?::date - interval '1 month', interval '1 month') m
                where not exists (select 1 from stats_month s where s.month = m::date and s.rolled_version = s.version and s.rolled_through is null)
                order by 1""")) {
            statement.setObject(1, cutoff.atDay(1));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    months.add(YearMonth.from(rows.getObject(1, LocalDate.class)));
                }
            }
        }
        return months;
    }

    /**
     * The pre-counted table for a request, over the given (current) months: the two breakdowns other than the period,
     * in their stored order, read back as rows and columns; the period is computed from the month.
     */
    static void read(Connection connection, StatisticsQueries.TableRequest request, List<LocalDate> months, Counts into) throws SQLException {
        List<Breakdown> stored = Stream.of(request.rows(), request.columns())
                .filter(b -> b != null && b != Breakdown.PERIOD).sorted(Comparator.naturalOrder()).toList();
        String a = stored.isEmpty() ? "" : stored.get(0).parameter();
        String b = stored.size() < 2 ? "" : stored.get(1).parameter();
        String sql = "select " + label(request.rows(), stored, request.period()) + ", "
                + (request.columns() == null ? "'count'" : label(request.columns(), stored, request.period()))
                + ", sum(screenings)::bigint from stats_screening_rollup where a = ? and b = ? and month = any(?) group by 1, 2";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, a);
            statement.setString(2, b);
            Array array = connection.createArrayOf("date", months.toArray());
            statement.setArray(3, array);
            try (ResultSet rows = statement.executeQuery()) {
                into.add(rows);
            }
        }
    }

    private static String label(Breakdown breakdown, List<Breakdown> stored, Breakdown.Period period) {
        if (breakdown == Breakdown.PERIOD) {
            return period.expression();
        }
        return stored.indexOf(breakdown) == 0 ? "a_value" : "b_value";
    }

    /** Accumulates (row, column, count) result rows. */
    interface Counts {
        void add(ResultSet rows) throws SQLException;
    }

    /** The scans that count one month: each a set of grouping sets over one join of the projection. */
    static List<Scan> scans() {
        List<Scan> scans = new ArrayList<>();
        List<List<Breakdown>> sets = new ArrayList<>();
        sets.add(List.of());
        for (int i = 0; i < SINGLE.size(); i++) {
            sets.add(List.of(SINGLE.get(i)));
            for (int j = i + 1; j < SINGLE.size(); j++) {
                sets.add(List.of(SINGLE.get(i), SINGLE.get(j)));
            }
        }
        scans.add(new Scan(SINGLE, sets));
        for (Breakdown multiple : MULTIPLE) {
            List<Breakdown> columns = Stream.concat(SINGLE.stream(), Stream.of(multiple)).toList();
            List<List<Breakdown>> withSingles = new ArrayList<>();
            withSingles.add(List.of(multiple));
            SINGLE.forEach(single -> withSingles.add(List.of(single, multiple)));
            scans.add(new Scan(columns, withSingles));
        }
        for (int i = 0; i < MULTIPLE.size(); i++) {
            for (int j = i + 1; j < MULTIPLE.size(); j++) {
                scans.add(new Scan(List.of(MULTIPLE.get(i), MULTIPLE.get(j)), List.of(List.of(MULTIPLE.get(i), MULTIPLE.get(j)))));
            }
        }
        return scans;
    }

    /** One scan of a month: the columns it selects and the grouping sets it counts, each set in Breakdown order. */
    record Scan(List<Breakdown> columns, List<List<Breakdown>> sets) {

        String sql(boolean partial) {
            String expressions = columns.stream().map(c -> c.expression(Breakdown.Period.MONTH)).collect(Collectors.joining(", "));
            String joins = columns.stream().map(Breakdown::join).collect(Collectors.joining());
            String groupingSets = sets.stream()
                    .map(set -> set.stream().map(c -> c.expression(Breakdown.Period.MONTH)).collect(Collectors.joining(", ", "(", ")")))
                    .collect(Collectors.joining(", "));
            return "select grouping(" + expressions + "), " + expressions + ", count(*) from stats_screening_timed" + joins
                    + " where month = ?" + (partial ? " and completed_at <= ?" : "") + " group by grouping sets (" + groupingSets + ")";
        }

        /** grouping() of a set: bit (n - 1 - i) is 1 when column i is not grouped. */
        int mask(List<Breakdown> set) {
            int mask = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (!set.contains(columns.get(i))) {
                    mask |= 1 << (columns.size() - 1 - i);
                }
            }
            return mask;
        }

        void count(Connection connection, LocalDate month, Instant through, PreparedStatement insert) throws SQLException {
            Map<Integer, List<Breakdown>> byMask = new TreeMap<>();
            sets.forEach(set -> byMask.put(mask(set), set));
            try (PreparedStatement statement = connection.prepareStatement(sql(through != null))) {
                statement.setObject(1, month);
                if (through != null) {
                    statement.setObject(2, OffsetDateTime.ofInstant(through, ZoneOffset.UTC));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getLong(columns.size() + 2) == 0) {
                            continue; // an empty month's total: nothing to store
                        }
                        List<Breakdown> set = byMask.get(rows.getInt(1));
                        insert.setObject(1, month);
                        insert.setString(2, set.isEmpty() ? "" : set.get(0).parameter());
                        insert.setString(3, set.isEmpty() ? "" : value(rows, set.get(0)));
                        insert.setString(4, set.size() < 2 ? "" : set.get(1).parameter());
                        insert.setString(5, set.size() < 2 ? "" : value(rows, set.get(1)));
                        insert.setLong(6, rows.getLong(columns.size() + 2));
                        insert.addBatch();
                    }
                }
            }
        }

        private String value(ResultSet rows, Breakdown column) throws SQLException {
            String value = rows.getString(columns.indexOf(column) + 2);
            return value == null ? "UNKNOWN" : value;
        }
    }
}
