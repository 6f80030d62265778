package org.waymark.stats;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
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
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Tables for exports that leave the agency, with differential privacy on top of the disclosure control: every true
 * count gets two-sided geometric noise (ε per release), then suppression and rounding apply to the noisy table.
 * A release is drawn once and stored: the same request later returns the same figures (no averaging the noise
 * away). Releases spend ε from a budget per calendar quarter; past it, no more releases that quarter.
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
                    @Value("${waymark.stats.dp.epsilon:0.5}") double epsilon,
                    @Value("${waymark.stats.dp.budget-per-quarter:2.0}") double budgetPerQuarter) {
        this.queries = queries;
        this.dataSource = dataSource;
        this.json = json;
        this.random = random;
        this.clock = clock;
        this.epsilon = epsilon;
        this.budgetPerQuarter = budgetPerQuarter;
        new GeometricNoise(epsilon, random);
    }

    /** A stored release: the published table, the ε it spent, when it was drawn, and whether this call drew it. */
    @Serdeable
    public record Release(PublishedTable table, double epsilon, Instant releasedAt, boolean cached, double budgetLeft) {
    }

    @Transactional
    public Release release(StatisticsQueries.TableRequest request, UUID supervisor) {
        String key = request.measure() + "|" + request.rows() + "|" + request.columns() + "|" + request.period() + "|" + request.from() + "|"
                + request.to();
        Instant now = clock.instant();
        String quarter = now.atZone(ZoneOffset.UTC).getYear() + "-Q" + ((now.atZone(ZoneOffset.UTC).getMonthValue() - 1) / 3 + 1);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("select pg_advisory_xact_lock(7265743006)");
            try (PreparedStatement find = connection.prepareStatement("select body, epsilon, released_at from stats_release where request_key = ?")) {
                find.setString(1, key);
                try (ResultSet found = find.executeQuery()) {
                    if (found.next()) {
                        return new Release(json.readValue(found.getString(1), PublishedTable.class), found.getDouble(2),
                                found.getTimestamp(3).toInstant(), true, budgetPerQuarter - spent(connection, quarter));
                    }
                }
            }
            double spent = spent(connection, quarter);
            if (spent + epsilon > budgetPerQuarter + 1e-9) {
                throw new ConflictException("stats.privacy-budget-exhausted",
                        "This quarter's privacy budget for exports is spent; earlier releases can still be fetched.");
            }
            PublishedTable table = queries.publish(noisy(queries.counts(request)), request);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into stats_release (request_key, budget_period, epsilon, released_at, released_by, body) values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, quarter);
                insert.setDouble(3, epsilon);
                insert.setObject(4, java.sql.Timestamp.from(now));
                insert.setObject(5, supervisor);
                insert.setString(6, json.writeValueAsString(table));
                insert.executeUpdate();
            }
            return new Release(table, epsilon, now, false, budgetPerQuarter - spent - epsilon);
        } catch (SQLException e) {
            throw new IllegalStateException("storing a release failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CountTable noisy(CountTable table) {
        GeometricNoise noise = new GeometricNoise(epsilon, random);
        long[][] counts = new long[table.rows().size()][table.columns().size()];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                counts[i][j] = noise.noisy(table.counts()[i][j]);
            }
        }
        return new CountTable(table.rows(), table.columns(), counts);
    }

    private static double spent(Connection connection, String quarter) throws SQLException {
        try (PreparedStatement sum = connection.prepareStatement("select coalesce(sum(epsilon), 0) from stats_release where budget_period = ?")) {
            sum.setString(1, quarter);
            try (ResultSet result = sum.executeQuery()) {
                result.next();
                return result.getDouble(1);
            }
        }
    }
}
