package org.waymark.stats;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranges, two breakdowns and comparisons over the demo history (k = 11): every published figure is the true count of
 * the synthetic rows, rounded down to 11, and disclosure control still merges and suppresses.
 */
@MicronautTest(transactional = false)
class StatisticsRangesApiTest extends DatabaseTest {

    static final String LAND_BORDER_FORCED_LABOUR = "place_type = 'LAND_BORDER' and 'FORCED_LABOUR_INDICATED' = any(outcomes)";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient supervisor;
    YearMonth lastQuarterFrom;
    YearMonth lastQuarterTo;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.demo.history", "true");
    }

    @BeforeAll
    void signIn() {
        supervisor = new ApiClient(http).as("supervisor");
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        lastQuarterFrom = now.minusMonths((now.getMonthValue() - 1) % 3).minusMonths(3);
        lastQuarterTo = lastQuarterFrom.plusMonths(2);
    }

    @Test
    void theLastQuarterQuickPickCountsItsThreeMonthsOnly() throws SQLException {
        Map<String, Object> table = supervisor.getJson("/api/v1/stats/screenings?rows=period&period=month&range=lastQuarter");

        assertThat(table.get("rows")).isEqualTo(List.of(lastQuarterFrom.toString(), lastQuarterFrom.plusMonths(1).toString(), lastQuarterTo.toString()));
        assertThat(display(table.get("total"))).isEqualTo(rounded(truth(lastQuarterFrom, lastQuarterTo, "true")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void placeTypeByOutcomeOverTheLastQuarterShowsRealFiguresRoundedDownToK() throws SQLException {
        Map<String, Object> table = supervisor.getJson("/api/v1/stats/screenings?rows=placeType&columns=outcome&range=lastQuarter");

        long landBorderForcedLabour = truth(lastQuarterFrom, lastQuarterTo, LAND_BORDER_FORCED_LABOUR);
        assertThat(landBorderForcedLabour).as("the demo history has forced labour at land borders every quarter").isGreaterThanOrEqualTo(11);
        assertThat(display(cell(table, "LAND_BORDER", "FORCED_LABOUR_INDICATED"))).isEqualTo(rounded(landBorderForcedLabour));
        List<Map<String, Object>> figures = ((List<List<Map<String, Object>>>) table.get("cells")).stream().flatMap(List::stream).toList();
        assertThat(figures.stream().filter(f -> !Boolean.TRUE.equals(f.get("suppressed"))).count())
                .as("a third of the cells of a quarter or more are figures, not '< 11'").isGreaterThanOrEqualTo(figures.size() / 3);
        assertThat((List<Map<String, Object>>) table.get("rowTotals")).as("every place type's total is a figure")
                .noneMatch(f -> Boolean.TRUE.equals(f.get("suppressed")));
        assertThat(figures).as("rare ones are still suppressed").anyMatch(f -> "< 11".equals(f.get("display")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComparisonSetsTheRangeBesideTheOneOfTheSameLengthBeforeWithTheChange() throws SQLException {
        Map<String, Object> comparison = supervisor.getJson("/api/v1/stats/screenings/comparison?rows=placeType&columns=outcome&from="
                + lastQuarterFrom + "&to=" + lastQuarterTo);

        YearMonth previousFrom = lastQuarterFrom.minusMonths(3);
        YearMonth previousTo = lastQuarterFrom.minusMonths(1);
        assertThat(comparison).containsEntry("from", lastQuarterFrom.toString()).containsEntry("previousFrom", previousFrom.toString())
                .containsEntry("previousTo", previousTo.toString());
        Map<String, Object> line = ((List<Map<String, Object>>) comparison.get("lines")).stream()
                .filter(l -> l.get("row").equals("LAND_BORDER") && l.get("column").equals("FORCED_LABOUR_INDICATED")).findFirst().orElseThrow();
        long now = Long.parseLong(rounded(truth(lastQuarterFrom, lastQuarterTo, LAND_BORDER_FORCED_LABOUR)));
        long before = Long.parseLong(rounded(truth(previousFrom, previousTo, LAND_BORDER_FORCED_LABOUR)));
        assertThat(display(line.get("current"))).isEqualTo(Long.toString(now));
        assertThat(display(line.get("previous"))).isEqualTo(Long.toString(before));
        assertThat(((Number) line.get("change")).longValue()).isEqualTo(now - before);

        String csv = new String(supervisor.getBytes("/api/v1/stats/screenings/comparison?rows=placeType&columns=outcome&range=lastQuarter&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\"placeType\",\"outcome\",\"" + lastQuarterFrom + ".." + lastQuarterTo + "\",\"" + previousFrom + ".." + previousTo
                + "\",change\n").contains("\"LAND_BORDER\",\"FORCED_LABOUR_INDICATED\",\"" + now + "\",\"" + before + "\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRareNationalityIsMergedIntoOtherInTheComparisonAndInTheCsv() throws SQLException {
        List<String> rare = rareNationalities(lastQuarterFrom, lastQuarterTo);
        assertThat(rare).as("the demo history has nationalities seen fewer than 11 times a quarter").isNotEmpty();

        Map<String, Object> comparison = supervisor.getJson("/api/v1/stats/screenings/comparison?rows=nationality&columns=riskLevel&range=lastQuarter");
        List<String> rows = (List<String>) ((Map<String, Object>) comparison.get("current")).get("rows");
        assertThat(rows).contains("OTHER", "UA").doesNotContainAnyElementsOf(rare);
        assertThat((List<Map<String, Object>>) comparison.get("lines")).filteredOn(l -> rare.contains(l.get("row")))
                .allSatisfy(l -> assertThat(l).doesNotContainKey("current"));
        String csv = new String(supervisor.getBytes("/api/v1/stats/screenings?rows=nationality&columns=riskLevel&range=lastQuarter&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\"OTHER\"");
        rare.forEach(nationality -> assertThat(csv).doesNotContain("\"" + nationality + "\""));
    }

    @Test
    void refusesAnUnknownRangeARangeWithMonthsAndAComparisonByPeriod() {
        assertThat(supervisor.refusal(HttpRequest.GET("/api/v1/stats/screenings?range=lastDecade"), 400).fields()).containsExactly("range");
        assertThat(supervisor.refusal(HttpRequest.GET("/api/v1/stats/screenings?range=lastQuarter&from=2025-01"), 400).fields())
                .containsExactly("range");
        assertThat(supervisor.refusal(HttpRequest.GET("/api/v1/stats/screenings/comparison?rows=period&range=lastQuarter"), 400).fields())
                .containsExactly("rows");
        assertThat(supervisor.refusal(HttpRequest.GET("/api/v1/stats/screenings/comparison?rows=placeType&from=2026-05&to=2026-01"),
                400).fields()).containsExactly("from");
        assertThat(new ApiClient(http).as("officer.border").status(HttpRequest.GET("/api/v1/stats/screenings/comparison?range=lastQuarter")))
                .isEqualTo(403);
    }

    /** The true count of demo rows completed in [from, to] that match {@code where}, straight from the table. */
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

    private List<String> rareNationalities(YearMonth from, YearMonth to) throws SQLException {
        List<String> rare = new ArrayList<>();
        try (Connection c = rawConnection(); PreparedStatement statement = c.prepareStatement("select nationality from demo_stats_screening "
                + "where nationality is not null and date_trunc('month', completed_at at time zone 'UTC')::date between ? and ? "
                + "group by nationality having count(*) < 11")) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rare.add(rows.getString(1));
                }
            }
        }
        return rare;
    }

    private static String rounded(long count) {
        return count < 11 ? "< 11" : Long.toString(count / 11 * 11);
    }

    @SuppressWarnings("unchecked")
    private static String display(Object figure) {
        return (String) ((Map<String, Object>) figure).get("display");
    }

    @SuppressWarnings("unchecked")
    private static Object cell(Map<String, Object> table, String row, String column) {
        int i = ((List<String>) table.get("rows")).indexOf(row);
        int j = ((List<String>) table.get("columns")).indexOf(column);
        assertThat(i).as(row).isNotNegative();
        assertThat(j).as(column).isNotNegative();
        return ((List<List<Object>>) table.get("cells")).get(i).get(j);
    }
}
