package org.waymark.workplace.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.screening.Sector;
import org.waymark.shared.InvalidInputException;
import org.waymark.workplace.AnonymousNotification;
import org.waymark.workplace.WorkplaceFacts;
import org.waymark.workplace.WorkplaceFactsRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officer's page for the workplace facts of a screening: every fact optional, each with an explicit "not known",
 * refused as the API refuses them (the error summary, what was typed kept), and what an anonymous notification to the
 * labour inspectorate would leave out of them, said before the officer refers.
 */
@Controller("/officer/screenings/{id}/workplace")
@Secured(Role.OFFICER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkplacePages {

    private final Pages pages;
    private final WorkplaceFactsRecords records;

    WorkplacePages(Pages pages, WorkplaceFactsRecords records) {
        this.pages = pages;
        this.records = records;
    }

    @Get(produces = MediaType.TEXT_HTML)
    Object form(Authentication authentication, HttpRequest<?> request, UUID id) {
        WorkplaceFactsRecords.Recorded recorded = records.read(CurrentUser.of(authentication), id, WorkplaceFactsRecords.Purpose.RECORDING);
        return page(authentication, request, id, recorded, WorkplaceForm.values(recorded.facts()), List.of())
                .with("saved", request.getParameters().contains("saved"))
                .view("officer/workplace");
    }

    /** Replaces the recorded facts; a refusal shows the form again with what was typed and why, and records nothing. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object record(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        CurrentUser officer = CurrentUser.of(authentication);
        try {
            WorkplaceForm.Read read = WorkplaceForm.facts(form);
            if (!read.unreadable().isEmpty()) {
                List<InvalidInputException.Violation> all = new ArrayList<>(read.unreadable());
                all.addAll(records.problems(read.facts()));
                throw new InvalidInputException(all);
            }
            records.record(officer, id, read.facts());
            return Pages.seeOther("/officer/screenings/" + id + "/workplace?saved#warnings");
        } catch (InvalidInputException e) {
            WorkplaceFactsRecords.Recorded recorded = records.read(officer, id, WorkplaceFactsRecords.Purpose.RECORDING);
            List<Pages.FieldError> errors = pages.fieldErrors(WorkplaceForm.onThePage(e), "workplace", WorkplaceForm.FIELD_IDS, "employer-name");
            return page(authentication, request, id, recorded, WorkplaceForm.values(form), errors).with("saved", false).view("officer/workplace");
        }
    }

    private Pages.Model page(Authentication authentication, HttpRequest<?> request, UUID id, WorkplaceFactsRecords.Recorded recorded,
                             Map<String, String> values, List<Pages.FieldError> errors) {
        return pages.withFieldErrors(pages.model(authentication, request), errors)
                .with("screening", id)
                .with("values", values)
                .with("recorded", recorded.recorded())
                .with("anonymousWarnings", recorded.recorded() ? recorded.anonymousWarnings() : List.<AnonymousNotification.Warning>of())
                .with("sectors", Sector.values())
                .with("answers", WorkplaceFacts.Known.values())
                .with("wishes", WorkplaceFacts.Wish.values());
    }
}
