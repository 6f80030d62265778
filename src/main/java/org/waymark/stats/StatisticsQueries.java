package org.waymark.stats;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.shared.InvalidInputException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Aggregates over the de-identified projections ({@code stats_screening}, {@code stats_referral}) and publishes them
 * through {@link DisclosureControl}. True counts never leave this class.
 */
@Singleton
public class StatisticsQueries {

    private final DataSource dataSource;
    private final DisclosureControl control;

    StatisticsQueries(DataSource dataSource, StatsSettings settings) {
        this.dataSource = dataSource;
        this.control = settings.disclosureControl();
    }

    /** A two-way table request: rows and (optionally) columns, months from and to (inclusive). */
    public record TableRequest(Breakdown.Measure measure, Breakdown rows, Breakdown columns, Breakdown.Period period, YearMonth from,
                               YearMonth to) {
    }

    /** Median hours to acknowledgement and to closure of one group of referrals, or null where the group is smaller than k. */
    @Serdeable
    public record ReferralTimes(String group, Double medianHoursToAcknowledgement, Double medianHoursToClosure) {
    }

    @Transactional(readOnly = true)
    public PublishedTable table(TableRequest request) {
        return publish(counts(request), request);
    }

    /**
     * The table over the request's months next to the same table over the months of the same length just before,
     * each published on its own, with the change of every figure published in both. Not by period: the two ranges
     * have no period in common.
     */
    @Transactional(readOnly = true)
    public Comparison compare(TableRequest request) {
        check(request);
        if (request.rows() == Breakdown.PERIOD || request.columns() == Breakdown.PERIOD) {
            throw InvalidInputException.of(request.rows() == Breakdown.PERIOD ? "rows" : "columns",
                    "cannot be the period when two ranges are compared");
        }
        MonthRange range = new MonthRange(request.from(), request.to());
        MonthRange previous = range.previous();
        PublishedTable before = publish(counts(new TableRequest(request.measure(), request.rows(), request.columns(), request.period(),
                previous.from(), previous.to())), request);
        return Comparison.of(range, publish(counts(request), request), before);
    }

    /** How many synthetic screenings of the demo history the statistics count (none outside demo mode). */
    @Transactional(readOnly = true)
    public long demoScreenings() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from demo_stats_screening"); ResultSet count = statement.executeQuery()) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
    }

    /** Publishes true or noisy counts: rare categories merged (not periods), then suppressed and rounded. */
    PublishedTable publish(CountTable counts, TableRequest request) {
        return control.publish(counts, request.rows() != Breakdown.PERIOD, request.columns() != null && request.columns() != Breakdown.PERIOD);
    }

    /** Publishes a differentially private release of true counts: rare categories merged first, then noise, then suppression and rounding. */
    PublishedTable publish(CountTable counts, TableRequest request, GeometricNoise noise) {
        return control.publish(counts, request.rows() != Breakdown.PERIOD, request.columns() != null && request.columns() != Breakdown.PERIOD,
                noise);
    }

    /**
     * The request with its window narrowed to the months that hold data: from the first to the last month of [from, to]
     * (and not after {@code now}) with anything in the projection, or empty when there is none. Two windows over the
     * same data come out the same. Which months hold data is no more than a table by month already shows.
     */
    Optional<TableRequest> withinData(TableRequest request, YearMonth now) {
        check(request);
        YearMonth to = request.to().isAfter(now) ? now : request.to();
        if (request.from().isAfter(to)) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select min(month), max(month) from " + request.measure().view() + " where month >= ? and month <= ?")) {
            statement.setObject(1, request.from().atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet bounds = statement.executeQuery()) {
                bounds.next();
                LocalDate first = bounds.getObject(1, LocalDate.class);
                LocalDate last = bounds.getObject(2, LocalDate.class);
                return first == null ? Optional.empty() : Optional.of(new TableRequest(request.measure(), request.rows(), request.columns(),
                        request.period(), YearMonth.from(first), YearMonth.from(last)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
    }

    /**
     * True counts, for publishing here or after noise ({@link PrivateReleases}); never returned to a client as they are.
     * Screening months with a current roll-up are summed from it ({@link MonthlyRollups}); every other month in the
     * range is counted live from the projection, so the result is the projection's either way.
     */
    CountTable counts(TableRequest request) {
        check(request);
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        TreeSet<String> columns = new TreeSet<>();
        MonthlyRollups.Counts into = rows -> {
            while (rows.next()) {
                String row = label(rows.getString(1));
                String col = label(rows.getString(2));
                counts.computeIfAbsent(row, r -> new HashMap<>()).merge(col, rows.getLong(3), Long::sum);
                columns.add(col);
            }
        };
        try (Connection connection = dataSource.getConnection()) {
            List<MonthlyRollups.Rolled> rolled = request.measure() == Breakdown.Measure.SCREENINGS
                    ? MonthlyRollups.currentMonths(connection, request.from(), request.to()) : List.of();
            List<LocalDate> months = rolled.stream().map(MonthlyRollups.Rolled::month).toList();
            if (!rolled.isEmpty()) {
                MonthlyRollups.read(connection, request, months, into);
            }
            List<LocalDate[]> live = uncovered(request.from(), request.to(), months);
            if (!live.isEmpty()) {
                countLive(connection, request, live, into);
            }
            for (MonthlyRollups.Rolled partial : rolled.stream().filter(MonthlyRollups.Rolled::partial).toList()) {
                countSince(connection, request, partial, into);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
        List<String> rowLabels = new ArrayList<>(counts.keySet());
        List<String> columnLabels = new ArrayList<>(columns.isEmpty() ? List.of("count") : columns);
        long[][] matrix = new long[rowLabels.size()][columnLabels.size()];
        for (int i = 0; i < rowLabels.size(); i++) {
            for (int j = 0; j < columnLabels.size(); j++) {
                matrix[i][j] = counts.get(rowLabels.get(i)).getOrDefault(columnLabels.get(j), 0L);
            }
        }
        return new CountTable(rowLabels, columnLabels, matrix);
    }

    private static void countLive(Connection connection, TableRequest request, List<LocalDate[]> ranges, MonthlyRollups.Counts into)
            throws SQLException {
        String sql = aggregate(request, request.measure().view())
                + " where " + String.join(" or ", Collections.nCopies(ranges.size(), "(month >= ? and month <= ?)")) + " group by 1, 2";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (LocalDate[] range : ranges) {
                statement.setObject(parameter++, range[0]);
                statement.setObject(parameter++, range[1]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                into.add(rows);
            }
        }
    }

    /** {@code select <row label>, <column label>, count(*) from <source>} with the joins the breakdowns need. */
    private static String aggregate(TableRequest request, String source) {
        String column = request.columns() == null ? "'count'" : request.columns().expression(request.period());
        return "select " + request.rows().expression(request.period()) + ", " + column + ", count(*) from " + source
                + request.rows().join() + (request.columns() == null ? "" : request.columns().join());
    }

    /** The completions of a partly rolled-up month after its roll-up, counted live. */
    private static void countSince(Connection connection, TableRequest request, MonthlyRollups.Rolled partial, MonthlyRollups.Counts into)
            throws SQLException {
        String sql = aggregate(request, "stats_screening_timed") + " where month = ? and completed_at > ? group by 1, 2";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, partial.month());
            statement.setObject(2, OffsetDateTime.ofInstant(partial.through(), ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                into.add(rows);
            }
        }
    }

    /** The month ranges of [from, to] not covered by the (sorted) rolled-up months, each as first and last month. */
    static List<LocalDate[]> uncovered(YearMonth from, YearMonth to, List<LocalDate> rolled) {
        List<LocalDate[]> ranges = new ArrayList<>();
        YearMonth next = from;
        for (LocalDate month : rolled) {
            YearMonth covered = YearMonth.from(month);
            if (covered.isAfter(next)) {
                ranges.add(new LocalDate[]{next.atDay(1), covered.minusMonths(1).atDay(1)});
            }
            next = covered.plusMonths(1);
        }
        if (!next.isAfter(to)) {
            ranges.add(new LocalDate[]{next.atDay(1), to.atDay(1)});
        }
        return ranges;
    }

    DisclosureControl control() {
        return control;
    }

    /** Median times to acknowledgement and closure of referrals, by one breakdown, only over groups of at least k. */
    @Transactional(readOnly = true)
    public List<ReferralTimes> referralTimes(Breakdown rows, Breakdown.Period period, YearMonth from, YearMonth to) {
        check(new TableRequest(Breakdown.Measure.REFERRALS, rows, null, period, from, to));
        String sql = "select " + rows.expression(period) + ", hours_to_acknowledgement, hours_to_closure from stats_referral "
                + "where month >= ? and month <= ?";
        Map<String, List<Double>> acknowledged = new TreeMap<>();
        Map<String, List<Double>> closed = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String group = label(result.getString(1));
                    acknowledged.computeIfAbsent(group, g -> new ArrayList<>());
                    closed.computeIfAbsent(group, g -> new ArrayList<>());
                    double ack = result.getDouble(2);
                    if (!result.wasNull()) {
                        acknowledged.get(group).add(ack);
                    }
                    double close = result.getDouble(3);
                    if (!result.wasNull()) {
                        closed.get(group).add(close);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
        return acknowledged.keySet().stream().map(group -> new ReferralTimes(group,
                boxed(control.median(acknowledged.get(group))), boxed(control.median(closed.get(group))))).toList();
    }

    public int k() {
        return control.k();
    }

    private static void check(TableRequest request) {
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        if (!request.rows().appliesTo(request.measure())) {
            problems.add(new InvalidInputException.Violation("rows", "is not a breakdown of " + request.measure().name().toLowerCase()));
        }
        if (request.columns() != null && !request.columns().appliesTo(request.measure())) {
            problems.add(new InvalidInputException.Violation("columns", "is not a breakdown of " + request.measure().name().toLowerCase()));
        }
        if (request.columns() == request.rows()) {
            problems.add(new InvalidInputException.Violation("columns", "must differ from rows"));
        }
        if (request.from().isAfter(request.to())) {
            problems.add(new InvalidInputException.Violation("from", "is after to"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String label(String value) {
        return value == null ? "UNKNOWN" : value;
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
    }
}
