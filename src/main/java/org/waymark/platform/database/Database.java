package org.waymark.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.core.annotation.Nullable;

import javax.sql.DataSource;

/** The connection pool and, when Waymark runs its own, the embedded server behind it; closed in that order. */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final @Nullable EmbeddedPostgres embedded;

    Database(HikariDataSource pool, @Nullable EmbeddedPostgres embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    public DataSource dataSource() {
        return pool;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
