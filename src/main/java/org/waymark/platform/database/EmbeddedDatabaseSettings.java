package org.waymark.platform.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** The embedded server's port (0 = any free loopback port) and database name; its files live under {@code waymark.data-dir}. */
@ConfigurationProperties("waymark.embedded-database")
public record EmbeddedDatabaseSettings(@Bindable(defaultValue = "0") int port,
                                       @Bindable(defaultValue = "waymark") String database) {
}
