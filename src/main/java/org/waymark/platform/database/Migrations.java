package org.waymark.platform.database;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}, from an empty
 * database or any earlier version, before anything else touches it. Flyway's lock makes this safe
 * when several instances start at once. (The tests migrate their template database with it too.)
 */
public final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static void apply(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }
}
