package org.waymark.testing;

import org.postgresql.ds.PGSimpleDataSource;
import org.waymark.platform.database.EmbeddedPostgres;
import org.waymark.platform.database.Migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run (the same embedded server the application runs,
 * with fsync off), and a fresh database per test class so each class starts from a clean state with
 * the real migrations: the service's own {@link Migrations} bring a template database up to date once per run, and
 * each class gets a copy of it (PostgreSQL copies a database far faster than the migrations run; the service still
 * validates the copy's migration history against its migrations when it starts).
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String TEMPLATE = "test_" + ProcessHandle.current().pid() + "_migrated";
    private static EmbeddedPostgres server;
    private static boolean templateMigrated;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            Path root = Path.of("target", "test-postgres");
            deleteRecursively(root); // every run starts from nothing
            server = EmbeddedPostgres.start(root, new EmbeddedPostgres.Options(0, false));
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
        }
        return server;
    }

    private static void deleteRecursively(Path root) {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Creates a database with every migration applied and returns the properties that point Waymark at it. */
    public static Map<String, String> freshDatabase() {
        EmbeddedPostgres postgres = server();
        String name = nextName();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " template " + migratedTemplate());
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy the migrated template database", e);
        }
        return properties(name);
    }

    /** Creates an empty database (for a test of the service migrating it) and returns the properties that point Waymark at it. */
    public static Map<String, String> emptyDatabase() {
        String name = nextName();
        server().createDatabaseIfMissing(name);
        return properties(name);
    }

    private static String nextName() {
        return "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    }

    private static Map<String, String> properties(String name) {
        return Map.of(
                "datasources.default.url", server.jdbcUrl(name),
                "datasources.default.username", EmbeddedPostgres.SUPERUSER,
                "datasources.default.password", server.password(),
                "datasources.default.maximum-pool-size", "5");
    }

    private static synchronized String migratedTemplate() {
        if (!templateMigrated) {
            server.createDatabaseIfMissing(TEMPLATE);
            // a plain data source whose connections close after use: PostgreSQL copies only a database nobody is connected to
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl(TEMPLATE));
            dataSource.setUser(EmbeddedPostgres.SUPERUSER);
            dataSource.setPassword(server.password());
            Migrations.apply(dataSource);
            templateMigrated = true;
        }
        return TEMPLATE;
    }
}
