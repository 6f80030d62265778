package org.waymark.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.platform.database.AdvisoryLocks;
import org.waymark.shared.ConflictException;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tables for exports that leave the agency, with differential privacy on top of the disclosure control: which
 * categories are named is decided on the true counts (rare ones merged into OTHER), then every count gets two-sided
 * geometric noise (ε per release), then suppression and rounding apply to the noisy table.
 * <p>
 * A release is drawn once and stored: the same request later returns the same figures (no averaging the noise away),
 * to any supervisor, spending nothing. Its window is first narrowed to the months that hold data ({@link
 * StatisticsQueries#withinData}), so {@code to=} a future month or {@code from=} before the first screening is the
 * same release as the window over the same data; the period granularity counts only where the table is by period.
 * <p>
 * The privacy budget ({@code waymark.stats.dp.budget-per-quarter}, in units of ε): drawing a release spends ε from the
 * budget of the supervisor who draws it, so one unit buys 1/ε releases (by default 2.0 buys four of ε 0.5), in its scope — the measure and the breakdowns, in either order (statistics cover the
 * whole agency, so there is no unit or region scope) — in the current calendar quarter (UTC). Past it, that supervisor
 * gets 409 {@code stats.privacy-budget-exhausted} for new releases in that scope until the next quarter, when it
 * resets; stored releases stay available, and other scopes and other supervisors keep their own budgets.
 */
@Singleton
public class PrivateReleases {

    private final StatisticsQueries queries;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final SecureRandom random;
    private final Clock clock;
    private final double epsilon;
    private final double budgetPerQuarter;

    PrivateReleases(StatisticsQueries queries, DataSource dataSource, JsonMapper json, SecureRandom random, Clock clock,
                    PrivacySettings settings) {
        this.queries = queries;
        this.dataSource = dataSource;
        this.json = json;
        this.random = random;
        this.clock = clock;
        this.epsilon = settings.epsilon();
        this.budgetPerQuarter = settings.budgetPerQuarter();
        new GeometricNoise(epsilon, random);
    }

    /**
     * A release: the published table, the ε it spent when drawn (0 for a window without data, which is not stored),
     * when it was drawn, whether it was stored before this call, what is left of the caller's budget in its scope this
     * quarter, the scope, and the window it covers (the months that hold data; absent when none does).
     */
    @Serdeable
    public record Release(PublishedTable table, double epsilon, Instant releasedAt, boolean cached, double budgetLeft, String scope,
                          @Nullable String from, @Nullable String to) {
    }

    @Transactional
    public Release release(StatisticsQueries.TableRequest asked, UUID supervisor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it, so a stored release reads back the same
        ZonedDateTime today = now.atZone(ZoneOffset.UTC);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        String scope = scope(asked);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("select pg_advisory_xact_lock(" + AdvisoryLocks.PRIVATE_RELEASES + ")");
            Optional<StatisticsQueries.TableRequest> within = queries.withinData(asked, YearMonth.from(today));
            if (within.isEmpty()) {
                PublishedTable nothing = queries.publish(new CountTable(List.of(), List.of("count"), new long[0][1]), asked);
                return new Release(nothing, 0, now, false, budgetPerQuarter - spent(connection, supervisor, scope, quarter), scope, null, null);
            }
            StatisticsQueries.TableRequest request = within.get();
            String key = key(request);
            double spent = spent(connection, supervisor, scope, quarter);
            Optional<Release> stored = stored(connection, key, request, budgetPerQuarter - spent, scope);
            if (stored.isPresent()) {
                return stored.get();
            }
            if (spent + epsilon > budgetPerQuarter + 1e-9) {
                throw new ConflictException("stats.privacy-budget-exhausted", "Your privacy budget for releases of " + scope
                        + " is spent for " + quarter + "; it resets on the first day of the next quarter. Earlier releases can still be fetched,"
                        + " and other breakdowns have their own budget.");
            }
            PublishedTable table = queries.publish(queries.counts(request), request, new GeometricNoise(epsilon, random));
            store(connection, key, quarter, scope, now, supervisor, table);
            return new Release(table, epsilon, now, false, budgetPerQuarter - spent - epsilon, scope, request.from().toString(),
                    request.to().toString());
        } catch (SQLException e) {
            throw new IllegalStateException("storing a release failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release drawn before for {@code key}, if any, with what is left of the caller's budget. */
    private Optional<Release> stored(Connection connection, String key, StatisticsQueries.TableRequest request, double budgetLeft, String scope)
            throws SQLException, IOException {
        try (PreparedStatement find = connection.prepareStatement("select body, epsilon, released_at from stats_release where request_key = ?")) {
            find.setString(1, key);
            try (ResultSet found = find.executeQuery()) {
                if (!found.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Release(json.readValue(found.getString(1), PublishedTable.class), found.getDouble(2),
                        found.getTimestamp(3).toInstant(), true, budgetLeft, scope, request.from().toString(), request.to().toString()));
            }
        }
    }

    private void store(Connection connection, String key, String quarter, String scope, Instant now, UUID supervisor, PublishedTable table)
            throws SQLException, IOException {
        try (PreparedStatement insert = connection.prepareStatement("insert into stats_release "
                + "(request_key, budget_period, budget_scope, epsilon, released_at, released_by, body) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, quarter);
            insert.setString(3, scope);
            insert.setDouble(4, epsilon);
            insert.setObject(5, java.sql.Timestamp.from(now));
            insert.setObject(6, supervisor);
            insert.setString(7, json.writeValueAsString(table));
            insert.executeUpdate();
        }
    }

    /** What identifies a release: the measure, the breakdowns, the period where the table is by period, and the window. */
    private static String key(StatisticsQueries.TableRequest request) {
        boolean byPeriod = request.rows() == Breakdown.PERIOD || request.columns() == Breakdown.PERIOD;
        return request.measure() + "|" + request.rows() + "|" + request.columns() + "|" + (byPeriod ? request.period() : Breakdown.Period.QUARTER)
                + "|" + request.from() + "|" + request.to();
    }

    /** The budget scope: the measure and the breakdowns in name order, so a table and its transpose share it (as V24 fills it in). */
    static String scope(StatisticsQueries.TableRequest request) {
        return Stream.of(request.rows(), request.columns()).filter(Objects::nonNull).map(Breakdown::name).sorted()
                .collect(Collectors.joining("|", request.measure() + "|", ""));
    }

    private static double spent(Connection connection, UUID supervisor, String scope, String quarter) throws SQLException {
        try (PreparedStatement sum = connection.prepareStatement(
                "select coalesce(sum(epsilon), 0) from stats_release where released_by = ? and budget_scope = ? and budget_period = ?")) {
            sum.setObject(1, supervisor);
            sum.setString(2, scope);
            sum.setString(3, quarter);
            try (ResultSet result = sum.executeQuery()) {
                result.next();
                return result.getDouble(1);
            }
        }
    }
}
