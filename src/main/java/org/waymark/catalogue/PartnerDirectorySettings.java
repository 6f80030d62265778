package org.waymark.catalogue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code waymark.partner-directory.*}: which country's directory of partners and next steps applies ({@code country},
 * default {@code pl}), and which voivodeship each of this installation's region codes lies in ({@code regions},
 * {@code code=voivodeship} pairs separated by commas).
 */
@ConfigurationProperties("waymark.partner-directory")
public record PartnerDirectorySettings(@Bindable(defaultValue = "pl") String country, @Nullable String regions) {

    /** The region mapping as written, empty when unset. */
    public String regionMapping() {
        return regions == null ? "" : regions;
    }
}
