package org.waymark.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code waymark.metrics.scrape-token}: the bearer token a scraper presents to {@code /prometheus}; unset keeps metrics closed. */
@ConfigurationProperties("waymark.metrics")
record MetricsSettings(@Nullable String scrapeToken) {
}
