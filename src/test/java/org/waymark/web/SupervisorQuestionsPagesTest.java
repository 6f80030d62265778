package org.waymark.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.waymark.testing.BrowserTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's question "land borders × forced labour × last quarter", answered on the dashboard over the demo
 * history (k = 11) in headless Chromium: real figures, and the quarter before beside them.
 */
@MicronautTest
class SupervisorQuestionsPagesTest extends BrowserTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.demo.history", "true");
    }

    @Test
    void aSupervisorAnswersLandBordersByForcedLabourLastQuarterAndComparesItWithTheQuarterBefore() throws SQLException {
        signIn("supervisor");
        assertThat(text("demo-history")).contains("made-up").contains("not real cases");
        screenshot("supervisor-dashboard-demo-history");

        new Select(browser.findElement(By.id("range"))).selectByValue("lastQuarter");
        new Select(browser.findElement(By.id("breakdown"))).selectByValue("placeType");
        new Select(browser.findElement(By.id("columns"))).selectByValue("outcome");
        click("apply");

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        YearMonth from = now.minusMonths((now.getMonthValue() - 1) % 3).minusMonths(3);
        YearMonth to = from.plusMonths(2);
        assertThat(text("cross-title")).contains("place").contains("outcome").contains(from.toString()).contains(to.toString());
        long count = landBorderForcedLabour(from, to);
        String figure = cell("cross-table", "Land border crossing", "Forced labour indicated");
        assertThat(figure).as("a real figure, rounded down to 11").isEqualTo(Long.toString(count / 11 * 11)).isNotEqualTo("< 11");
        List<WebElement> cells = browser.findElements(By.cssSelector("#cross-table tbody td"));
        assertThat(cells.stream().filter(c -> !c.getText().equals("< 11")).count()).as("a third of the figures or more are shown, not '< 11'")
                .isGreaterThanOrEqualTo(cells.size() / 3);

        assertThat(text("comparison-title")).contains(from.toString()).contains(from.minusMonths(3).toString()).contains(from.minusMonths(1).toString());
        List<String> line = browser.findElements(By.cssSelector("#comparison-table tbody tr")).stream().map(row -> row.findElements(By.cssSelector("th, td")))
                .filter(row -> row.get(0).getText().equals("Land border crossing") && row.get(1).getText().equals("Forced labour indicated"))
                .findFirst().orElseThrow(() -> new AssertionError(text("comparison-table"))).stream().map(WebElement::getText).toList();
        long before = landBorderForcedLabour(from.minusMonths(3), from.minusMonths(1)) / 11 * 11;
        assertThat(line.get(2)).isEqualTo(figure);
        assertThat(line.get(3)).isEqualTo(Long.toString(before));
        assertThat(line.get(4)).startsWith((Long.parseLong(figure) > before ? "+" : "") + (Long.parseLong(figure) - before));
        scrollTo("cross-title");
        screenshot("supervisor-land-borders-forced-labour-last-quarter");
        scrollTo("comparison-title");
        screenshot("supervisor-land-borders-forced-labour-compared");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private String cell(String table, String row, String column) {
        List<String> columns = browser.findElements(By.cssSelector("#" + table + " thead th")).stream().map(WebElement::getText).toList();
        WebElement line = browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + text(table)));
        assertThat(columns).contains(column);
        return line.findElements(By.tagName("td")).get(columns.indexOf(column) - 1).getText();
    }

    /** The true count, straight from the demo history's table. */
    private long landBorderForcedLabour(YearMonth from, YearMonth to) throws SQLException {
        try (Connection c = rawConnection(); PreparedStatement statement = c.prepareStatement("select count(*) from demo_stats_screening "
                + "where place_type = 'LAND_BORDER' and 'FORCED_LABOUR_INDICATED' = any(outcomes) "
                + "and date_trunc('month', completed_at at time zone 'UTC')::date between ? and ?")) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
