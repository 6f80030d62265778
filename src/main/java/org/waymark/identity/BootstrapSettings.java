package org.waymark.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/** {@code waymark.bootstrap}: the first administrator's user name and password, used only while no administrator exists. */
@ConfigurationProperties("waymark.bootstrap")
record BootstrapSettings(@Bindable(defaultValue = "admin") @NotBlank(message = "waymark.bootstrap.admin-username must be set") String adminUsername,
                         @Nullable String adminPassword) {

    /** A password is a secret: never printed. */
    @Override
    public String toString() {
        return "BootstrapSettings[adminUsername=" + adminUsername + "]";
    }
}
