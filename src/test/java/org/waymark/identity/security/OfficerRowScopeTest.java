package org.waymark.identity.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Row-level security as the second line: a query that forgot the unit filter, run for an officer, still sees only the
 * officer's unit; for anyone else, and for the service's own jobs, nothing is hidden; and the database itself refuses
 * an officer-scoped connection a row of another unit, to read, change or insert.
 */
@MicronautTest(transactional = false)
class OfficerRowScopeTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.test.row-scope-probe", "true");
    }

    OwnUnit airport;
    OwnUnit border;
    ApiClient airportOfficer;
    ApiClient borderOfficer;

    @BeforeAll
    void screeningsInTwoUnitsOfItsOwn() {
        airport = OwnUnit.create(http);
        border = OwnUnit.create(http);
        airportOfficer = airport.officer("airport");
        borderOfficer = border.officer("border");
        for (ApiClient officer : new ApiClient[]{airportOfficer, airportOfficer, borderOfficer}) {
            officer.start(NewScreening.adultLabour("Row Scope"));
        }
    }

    @Test
    void aQueryWithoutTheUnitFilterSeesOnlyTheOfficersUnit() throws SQLException {
        Map<String, Object> seen = airportOfficer.getJson("/test/row-scope");
        assertThat(seen.get("unit")).isEqualTo(airport.id());
        assertThat(((Number) seen.get("screenings")).longValue()).isEqualTo(count("screening where unit_id = '" + airport.id() + "'"));
        assertThat(((Number) seen.get("otherUnits")).longValue()).isZero();
        assertThat(count("screening where unit_id <> '" + airport.id() + "'")).isPositive();
    }

    @Test
    void othersThanOfficersAndTheServicesOwnWorkAreNotNarrowed() throws SQLException {
        Map<String, Object> seen = new ApiClient(http).as("supervisor").getJson("/test/row-scope");
        assertThat(seen.get("unit")).isEqualTo("");
        assertThat(((Number) seen.get("screenings")).longValue()).isEqualTo(count("screening"));

        borderOfficer.getJson("/test/row-scope");
        for (int i = 0; i < 20; i++) { // every pooled connection is handed back without an officer's scope
            String setting = transactions.executeRead(status -> setting(status.getConnection()));
            assertThat(setting).isEmpty();
        }
    }

    @Test
    void theDatabaseRefusesAnOfficerScopedConnectionAnotherUnitsRows() throws SQLException {
        String airport = this.airport.id();
        String border = this.border.id();
        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set role waymark_app");
            statement.execute("create temp table other_units_copy as select * from screening where unit_id = '" + border + "' limit 1");
            statement.execute("update other_units_copy set id = gen_random_uuid()");
            statement.execute("select set_config('waymark.unit', '" + airport + "', false)");
            assertThat(count(statement, "screening where unit_id = '" + border + "'")).isZero();
            assertThat(count(statement, "screening")).isEqualTo(count("screening where unit_id = '" + airport + "'")).isPositive();
            assertThat(statement.executeUpdate("update screening set updated_at = now() where unit_id = '" + border + "'")).isZero();
            assertThat(statement.executeUpdate("delete from referral where unit_id = '" + border + "'")).isZero();
            assertThatThrownBy(() -> statement.execute("insert into screening select * from other_units_copy"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
    }

    private static long count(Statement statement, String from) throws SQLException {
        try (ResultSet row = statement.executeQuery("select count(*) from " + from)) {
            row.next();
            return row.getLong(1);
        }
    }

    private long count(String from) throws SQLException {
        try (Connection connection = rawConnection(); ResultSet row = connection.createStatement().executeQuery("select count(*) from " + from)) {
            row.next();
            return row.getLong(1);
        }
    }

    static String setting(Connection connection) {
        try (ResultSet row = connection.createStatement().executeQuery("select coalesce(current_setting('waymark.unit', true), '')")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a query that forgot the unit filter would see, run inside an officer's request. */
    @Controller("/test/row-scope")
    @Requires(property = "waymark.test.row-scope-probe", value = "true")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Probe {

        private final TransactionOperations<Connection> transactions;

        Probe(TransactionOperations<Connection> transactions) {
            this.transactions = transactions;
        }

        @Get
        Map<String, Object> seen(io.micronaut.security.authentication.Authentication authentication) {
            return transactions.executeRead(status -> {
                Connection connection = status.getConnection();
                try (ResultSet row = connection.createStatement().executeQuery(
                        "select count(*), count(*) filter (where unit_id::text <> coalesce(current_setting('waymark.unit', true), '')) from screening")) {
                    row.next();
                    long all = row.getLong(1);
                    String unit = setting(connection);
                    return Map.of("unit", unit, "screenings", all, "otherUnits", unit.isEmpty() ? 0L : row.getLong(2));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
