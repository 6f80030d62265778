package org.waymark.platform.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the database is. With no {@code url} (environment {@code DATASOURCES_DEFAULT_URL}) Waymark runs
 * its own embedded PostgreSQL; with one, it connects there and starts nothing.
 */
@ConfigurationProperties("datasources.default")
public record DatabaseSettings(@Nullable String url,
                               @Nullable String username,
                               @Nullable String password,
                               @Bindable(defaultValue = "20") int maximumPoolSize,
                               @Bindable(defaultValue = "10s") java.time.Duration connectionTimeout) {

    boolean external() {
        return url != null && !url.isBlank();
    }

    /** A password is a secret: never printed. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + (external() ? url.replaceAll("\\?.*", "") : "embedded") + "]";
    }
}
