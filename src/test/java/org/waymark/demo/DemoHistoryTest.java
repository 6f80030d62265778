package org.waymark.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.DatabaseTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's two years of statistics history: seeded once, reproducible from its seed, in realistic proportions. */
@MicronautTest(transactional = false)
class DemoHistoryTest extends DatabaseTest {

    @Inject
    DemoHistory history;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.demo.history", "true");
    }

    @Test
    void theDemoHistoryIsSeededAndInRealisticProportions() throws SQLException {
        assertThat(truth(YearMonth.of(2000, 1), YearMonth.of(2100, 1), "true")).isEqualTo(DemoHistory.SCREENINGS);
        long all = truth(YearMonth.of(2000, 1), YearMonth.of(2100, 1), "true");
        long lowOrNone = truth(YearMonth.of(2000, 1), YearMonth.of(2100, 1), "risk_level in ('NONE', 'LOW')");
        assertThat(lowOrNone).as("most screenings are of low risk").isGreaterThan(all * 2 / 3);
        assertThat(share("LAND_BORDER")).as("forced labour is more frequent at land borders").isGreaterThan(2 * share("AIRPORT"));
        assertThat(truth(YearMonth.of(2000, 1), YearMonth.of(2100, 1), "'TRAFFICKING_INDICATED' = any(outcomes)"))
                .as("trafficking is rarer than forced labour")
                .isLessThan(truth(YearMonth.of(2000, 1), YearMonth.of(2100, 1), "'FORCED_LABOUR_INDICATED' = any(outcomes)") / 2);
    }

    @Test
    void theSameSeedDrawsTheSameHistory() {
        Instant now = Instant.parse("2026-11-15T10:00:00Z");
        UUID east = UUID.randomUUID();
        UUID south = UUID.randomUUID();

        List<DemoHistory.Row> once = DemoHistory.rows(new Random(DemoHistory.SEED), now, east, south);

        assertThat(DemoHistory.rows(new Random(DemoHistory.SEED), now, east, south)).isEqualTo(once);
        assertThat(DemoHistory.rows(new Random(DemoHistory.SEED + 1), now, east, south)).isNotEqualTo(once);
        assertThat(once).allSatisfy(row -> assertThat(row.completedAt()).isBefore(now).isAfter(now.minus(java.time.Duration.ofDays(731))));
    }

    @Test
    void aSecondStartAddsNothing() throws SQLException {
        history.seed(null);

        assertThat(truth(YearMonth.of(2000, 1), YearMonth.of(2100, 1), "true")).isEqualTo(DemoHistory.SCREENINGS);
    }

    private double share(String placeType) throws SQLException {
        YearMonth from = YearMonth.of(2000, 1);
        YearMonth to = YearMonth.of(2100, 1);
        return (double) truth(from, to, "place_type = '" + placeType + "' and 'FORCED_LABOUR_INDICATED' = any(outcomes)")
                / truth(from, to, "place_type = '" + placeType + "'");
    }

    /** The demo rows completed in [from, to] that match {@code where}, straight from the table. */
    private long truth(YearMonth from, YearMonth to, String where) throws SQLException {
        try (Connection c = rawConnection(); PreparedStatement statement = c.prepareStatement("select count(*) from demo_stats_screening "
                + "where date_trunc('month', completed_at at time zone 'UTC')::date between ? and ? and " + where)) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
