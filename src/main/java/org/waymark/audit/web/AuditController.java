package org.waymark.audit.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.audit.AuditEntry;
import org.waymark.audit.AuditLog;
import org.waymark.audit.AuditVerifier;

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

    AuditController(AuditVerifier verifier, AuditLog log) {
        this.verifier = verifier;
        this.log = log;
    }

    @Get("/verify")
    AuditVerifier.Verification verify() {
        return verifier.verify();
    }

    @Get("/records/{id}")
    List<AuditEntry> accessLog(UUID id) {
        return log.forRecord(id.toString());
    }
}
