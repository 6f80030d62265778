package org.waymark.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** How this instance runs: {@code waymark.mode} (production or demo) and {@code waymark.data-dir}, where local state lives. */
@Context
@ConfigurationProperties("waymark")
public record InstanceSettings(@Bindable(defaultValue = "production") @Pattern(regexp = "(?i)\\s*(production|demo)\\s*",
                                       message = "waymark.mode must be production or demo") String mode,
                               @NotBlank(message = "waymark.data-dir must be set") String dataDir) {
}
