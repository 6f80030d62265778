package org.waymark.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base for {@code @MicronautTest} classes: each class gets its own freshly migrated database on the
 * shared test server, in demo mode unless {@link #extraProperties()} says otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest implements TestPropertyProvider {

    private Map<String, String> database;

    @Override
    public Map<String, String> getProperties() {
        database = TestPostgres.freshDatabase();
        Map<String, String> properties = new HashMap<>(database);
        properties.put("waymark.mode", "demo");
        // any free port: test runs side by side (several checkouts, a running demo) must not fight over 8080
        properties.put("micronaut.server.port", "-1");
        // demo partner keys are made once per build and shared by every test class
        properties.put("waymark.data-dir", "target/test-data");
        // the demo's sample referrals would be noise in most tests; DemoReferralsTest turns them on
        properties.put("waymark.demo.referrals", "false");
        // nor the demo's synthetic statistics history; the tests of the supervisor's ranges and comparisons turn it on
        properties.put("waymark.demo.history", "false");
        properties.putAll(extraProperties());
        return properties;
    }

    /** A plain auto-committing connection to this class's database, outside the application's transactions. */
    protected java.sql.Connection rawConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
