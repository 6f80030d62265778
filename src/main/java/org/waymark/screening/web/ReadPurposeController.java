package org.waymark.screening.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.StatedPurposes;

import java.util.List;
import java.util.UUID;

/**
 * For the data protection officer: the words of the purposes stated to read a screening, which its audit entries name
 * only by id ({@code outside walk-through: stated purpose <id>}); gone once the screening is purged. The read is audited.
 */
@Controller("/api/v1/audit/screenings")
@Secured(Role.AUDITOR_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class ReadPurposeController {

    private final StatedPurposes statedPurposes;

    ReadPurposeController(StatedPurposes statedPurposes) {
        this.statedPurposes = statedPurposes;
    }

    @Get("/{id}/read-purposes")
    List<StatedPurposes.StatedPurpose> readPurposes(Authentication authentication, UUID id) {
        return statedPurposes.of(CurrentUser.of(authentication), id);
    }
}
