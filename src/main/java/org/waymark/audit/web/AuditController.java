package org.waymark.audit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.waymark.audit.AuditCheckpoints;
import org.waymark.audit.AuditLog;
import org.waymark.audit.AuditVerifier;
import org.waymark.audit.persistence.AuditEntryRow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** For the data protection officer: is the trail intact, and who touched this case. */
@Controller("/api/v1/audit")
@Secured("AUDITOR") // the name, not identity.Role: audit must not depend on identity, which records sign-ins here
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class AuditController {

    private final AuditVerifier verifier;
    private final AuditLog log;
    private final AuditCheckpoints checkpoints;

    AuditController(AuditVerifier verifier, AuditLog log, AuditCheckpoints checkpoints) {
        this.verifier = verifier;
        this.log = log;
        this.checkpoints = checkpoints;
    }

    /** Signs the current head now (the scheduler does so every hour) and returns that checkpoint. */
    @io.micronaut.http.annotation.Post("/checkpoints")
    HttpResponse<AuditViews.Checkpoint> checkpoint() {
        return checkpoints.checkpoint().map(AuditViews.Checkpoint::of).map(HttpResponse::ok).orElseGet(HttpResponse::noContent);
    }

    @Get("/checkpoints")
    List<AuditViews.Checkpoint> checkpoints() {
        return checkpoints.all().stream().map(AuditViews.Checkpoint::of).toList();
    }

    @Get("/verify")
    AuditVerifier.Verification verify() {
        return verifier.verify();
    }

    @Get("/entries")
    HttpResponse<?> export(@QueryValue @Nullable UUID user, @QueryValue @Nullable UUID record, @QueryValue @Nullable Instant from,
                           @QueryValue @Nullable Instant to, @QueryValue(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        List<AuditEntryRow> rows = log.search(user, record == null ? null : record.toString(), from, to);
        return "csv".equals(format)
                ? HttpResponse.ok(AuditLog.csv(rows)).contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=audit.csv")
                : HttpResponse.ok(rows.stream().map(AuditViews.Entry::of).toList());
    }

    @Get("/records/{id}")
    List<AuditViews.Entry> accessLog(UUID id) {
        return log.forRecord(id.toString()).stream().map(AuditViews.Entry::of).toList();
    }
}
