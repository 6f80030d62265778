package org.waymark.testing;

import org.waymark.platform.database.EmbeddedPostgres;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run (the same embedded server the application runs,
 * with fsync off), and a fresh database per test class so each class starts from a clean state with
 * the real migrations.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

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

    /** Creates an empty database and returns the properties that point Waymark at it. */
    public static Map<String, String> freshDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        postgres.createDatabaseIfMissing(name);
        return Map.of(
                "datasources.default.url", postgres.jdbcUrl(name),
                "datasources.default.username", EmbeddedPostgres.SUPERUSER,
                "datasources.default.password", postgres.password(),
                "datasources.default.maximum-pool-size", "5");
    }
}
