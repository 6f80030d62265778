package org.waymark.identity.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.identity.CaseAccessGrant;
import org.waymark.identity.CaseAccessNotices;
import org.waymark.identity.Role;

import java.util.List;

/** The supervisors' notice of accounts recently given the power to read case data (see {@link CaseAccessNotices}). */
@Controller("/api/v1/supervisor")
@Secured(Role.SUPERVISOR_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
class SupervisorNoticesController {

    private final CaseAccessNotices notices;

    SupervisorNoticesController(CaseAccessNotices notices) {
        this.notices = notices;
    }

    /** Accounts created as, assigned to or re-enabled as OFFICER or AUDITOR in the last 90 days, newest first. */
    @Get("/case-access-grants")
    List<CaseAccessGrant> caseAccessGrants() {
        return notices.recent();
    }
}
