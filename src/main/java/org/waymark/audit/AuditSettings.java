package org.waymark.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;

/** {@code waymark.audit.checkpoint-dir}: the folder the signed checkpoints of the audit chain are also written to. */
@Context
@ConfigurationProperties("waymark.audit")
record AuditSettings(@NotBlank(message = "waymark.audit.checkpoint-dir must be set") String checkpointDir) {
}
