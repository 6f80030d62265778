package org.waymark.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.platform.config.InstanceSettings;
import org.waymark.platform.config.Secrets;

import javax.sql.DataSource;
import java.nio.file.Path;

/** Builds the one connection pool, to the external database or to a freshly started embedded one. */
@Factory
class DataSourceFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DataSourceFactory.class);

    /**
     * Eager, so that an unreachable database stops the start-up with one clear line instead of failing the first request.
     * Needs the {@link Secrets} guard first: a production start without its secrets is refused, naming them, before an
     * embedded server's folder is touched (on a read-only container it would otherwise fail there, on the wrong cause).
     */
    @Context
    @Named("default")
    @Bean(preDestroy = "close")
    Database database(Secrets checkedFirst, DatabaseSettings settings, EmbeddedDatabaseSettings embedded,
                      InstanceSettings instance, @Nullable MeterRegistry meters) {
        HikariConfig pool = pool(settings, meters);
        EmbeddedPostgres server = null;
        if (settings.external()) {
            pool.setJdbcUrl(settings.url());
            pool.setUsername(settings.username());
            pool.setPassword(settings.password());
            LOG.info("Using the external PostgreSQL database configured in datasources.default.url");
        } else {
            server = startEmbedded(pool, embedded, instance);
        }
        try {
            boolean limitedRole;
            // migrations run as the login role, which owns the tables, on a pool of their own
            try (HikariDataSource owner = new HikariDataSource(copy(pool, "waymark-migrations"))) {
                Migrations.apply(owner);
                limitedRole = ApplicationRole.available(owner);
            }
            if (limitedRole) {
                pool.setConnectionInitSql("set role " + ApplicationRole.NAME);
                LOG.info("Connections act as role {}: the audit trail is insert-only for the service", ApplicationRole.NAME);
            } else {
                LOG.warn("Role {} is not available to the database user: the service runs with the owner's rights "
                        + "(the append-only triggers still guard the audit trail); see deploy/README", ApplicationRole.NAME);
            }
            HikariDataSource dataSource = new HikariDataSource(pool);
            return new Database(dataSource, server);
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            throw new DatabaseUnavailableException(settings.external()
                    ? "cannot reach the database at " + settings + ": " + rootMessage(e)
                    : "cannot connect to the embedded database: " + rootMessage(e), e);
        }
    }

    /** The service's pool, without the database it connects to. */
    private static HikariConfig pool(DatabaseSettings settings, @Nullable MeterRegistry meters) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("waymark");
        pool.setMaximumPoolSize(settings.maximumPoolSize());
        pool.setConnectionTimeout(settings.connectionTimeout().toMillis());
        pool.setInitializationFailTimeout(settings.connectionTimeout().toMillis());
        pool.setAutoCommit(true);
        // PostgreSQL error details quote row values; keep them out of exception messages and logs.
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        if (meters != null) {
            pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        }
        return pool;
    }

    /** Starts the embedded server in the instance's data folder and points {@code pool} at its database. */
    private static EmbeddedPostgres startEmbedded(HikariConfig pool, EmbeddedDatabaseSettings embedded, InstanceSettings instance) {
        Path root = Path.of(instance.dataDir());
        long started = System.nanoTime();
        EmbeddedPostgres server = EmbeddedPostgres.start(root, new EmbeddedPostgres.Options(embedded.port(), true));
        server.createDatabaseIfMissing(embedded.database());
        pool.setJdbcUrl(server.jdbcUrl(embedded.database()));
        pool.setUsername(EmbeddedPostgres.SUPERUSER);
        pool.setPassword(server.password());
        LOG.info("Embedded PostgreSQL ready on 127.0.0.1:{} with data in {} ({} ms)",
                server.port(), root.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    private static HikariConfig copy(HikariConfig pool, String name) {
        HikariConfig copy = new HikariConfig();
        pool.copyStateTo(copy);
        copy.setPoolName(name);
        copy.setMaximumPoolSize(2); // Flyway holds one connection for its lock and migrates on another
        copy.setMetricsTrackerFactory(null);
        return copy;
    }

    @Singleton
    @Named("default")
    DataSource dataSource(@Named("default") Database database) {
        return database.dataSource();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }
}
