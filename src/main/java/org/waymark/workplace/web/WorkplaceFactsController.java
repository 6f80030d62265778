package org.waymark.workplace.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.workplace.WorkplaceFacts;
import org.waymark.workplace.WorkplaceFactsRecords;

import java.util.UUID;

/**
 * The workplace facts of a screening of the officer's unit: recorded during or after the walk-through (each call
 * replaces the earlier facts), read back with what an anonymous notification would leave out. Both audited.
 */
@Controller("/api/v1/screenings/{id}/workplace")
@Secured(Role.OFFICER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Screening")
class WorkplaceFactsController {

    private final WorkplaceFactsRecords records;

    WorkplaceFactsController(WorkplaceFactsRecords records) {
        this.records = records;
    }

    @Put
    WorkplaceFactsRecords.Recorded record(Authentication authentication, UUID id, @Body WorkplaceFacts facts) {
        return records.record(CurrentUser.of(authentication), id, facts);
    }

    @Get
    WorkplaceFactsRecords.Recorded read(Authentication authentication, UUID id) {
        return records.read(CurrentUser.of(authentication), id, WorkplaceFactsRecords.Purpose.RECORDING);
    }
}
