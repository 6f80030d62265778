package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervisor's dashboard in headless Chromium, with k = 5: five screenings in one region, one in another. */
@MicronautTest
class SupervisorPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.stats.k", "5");
    }

    @BeforeAll
    void screenings() {
        ApiClient airport = new ApiClient(http).as("officer.airport");
        for (int i = 0; i < 5; i++) {
            CompletedScreenings.complete(airport, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE, List.of());
        }
        CompletedScreenings.complete(new ApiClient(http).as("officer.border"), NewScreening.adultLabour("Оксана Тестова").placeType("LAND_BORDER"),
                CompletedScreenings.STRONG_CASE, List.of());
    }

    @Test
    void aSupervisorIsToldOfEveryAccountGivenAccessToCases() {
        ApiClient admin = new ApiClient(http).as("admin");
        Object unit = new ApiClient(http).as("officer.airport").getJson("/api/v1/auth/me").get("unitId");
        admin.postJson("/api/v1/admin/users", Map.of("username", "officer.unknown", "role", "OFFICER", "unitId", unit,
                "password", "unknown-password-1"));
        signIn("supervisor");
        assertThat(text("grants-table")).contains("officer.unknown").contains("admin");
        screenshot("supervisor-case-access-notice");
    }

    @Test
    void aSupervisorSeesTheDashboardWithASuppressedCell() {
        signIn("supervisor");

        assertThat(browser.findElements(By.id("demo-history"))).as("no demo history unless asked for").isEmpty();
        assertThat(text("cross-table")).as("a region with fewer than k screenings is not named").doesNotContain("demo-south");
        WebElement south = rowOf("cross-table", "OTHER");
        assertThat(south.findElements(By.cssSelector("td.suppressed"))).isNotEmpty();
        assertThat(south.getText()).contains("< 5").doesNotContain(" 1 ");
        assertThat(rowOf("cross-table", "demo-east").getText()).contains("5");
        assertThat(text("disclosure")).contains("5");
        assertThat(browser.findElements(By.cssSelector("#trend-chart rect.bar"))).isNotEmpty();
        assertThat(text("trend-table")).contains("5");
        assertThat(browser.findElement(By.id("trend-csv")).getAttribute("href")).contains("format=csv");
        screenshot("supervisor-dashboard");
    }

    @Test
    void theBreakdownCanBeChanged() {
        signIn("supervisor");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("breakdown"))).selectByValue("placeType");
        click("apply");

        assertThat(text("cross-table")).contains("Airport").contains("High");
        assertThat(text("cross-table")).doesNotContain("Land border crossing");
        assertThat(rowOf("cross-table", "Other or fewer than k").findElements(By.cssSelector("td.suppressed"))).isNotEmpty();
    }

    @Test
    void anOfficerCannotOpenTheDashboard() {
        signIn("officer.airport");
        browser.get(url("/supervisor"));

        assertThat(text("forbidden")).contains("may not open");
        assertThat(browser.findElements(By.id("cross-table"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("demo-south");
    }

    private WebElement rowOf(String table, String label) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + text(table)));
    }
}
