package org.waymark.training.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.shared.InvalidInputException;
import org.waymark.training.PracticeCase;
import org.waymark.training.PracticeCaseInput;
import org.waymark.training.PracticeCases;
import org.waymark.training.PracticeScreenings;
import org.waymark.training.Printouts;

import java.time.Clock;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Practice cases and practice screenings. Trainers write and revise cases (whole cases, scripted replies included);
 * officers see only a case's brief, run it as a practice screening through the ordinary walk-through
 * ({@code /api/v1/screenings/{id}/...}), ask questions here to hear the scripted replies, and read the feedback.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Training")
class PracticeController {

    private final PracticeCases cases;
    private final PracticeScreenings practice;
    private final MessageSource messages;
    private final Pages pages;
    private final Clock clock;
    private final Printouts printouts = new Printouts();

    PracticeController(PracticeCases cases, PracticeScreenings practice, MessageSource messages, Pages pages, Clock clock) {
        this.cases = cases;
        this.practice = practice;
        this.messages = messages;
        this.pages = pages;
        this.clock = clock;
    }

    /** Which case to run. */
    @Serdeable
    @io.micronaut.core.annotation.Introspected
    record StartPractice(@jakarta.validation.constraints.NotNull UUID caseId) {
    }

    @Post(uri = "/api/v1/training/practice-cases", consumes = MediaType.APPLICATION_JSON)
    @Secured(Role.TRAINER_NAME)
    HttpResponse<PracticeCase> create(Authentication authentication, @Body PracticeCaseInput body) {
        PracticeCases.Created written = cases.create(CurrentUser.of(authentication), body);
        return HttpResponse.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK).body(written.practiceCase());
    }

    @Put(uri = "/api/v1/training/practice-cases/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured(Role.TRAINER_NAME)
    PracticeCase revise(Authentication authentication, @PathVariable UUID id, @Body PracticeCaseInput body) {
        return cases.revise(CurrentUser.of(authentication), id, body);
    }

    @Get("/api/v1/training/practice-cases")
    @Secured(Role.TRAINER_NAME)
    List<PracticeCase> all() {
        return cases.all();
    }

    @Get("/api/v1/training/practice-cases/{id}")
    @Secured(Role.TRAINER_NAME)
    PracticeCase one(@PathVariable UUID id) {
        return cases.find(id);
    }

    /** The case as two role-play cards (PDF/A), in the page language. */
    @Get("/api/v1/training/practice-cases/{id}/cards")
    @Secured(Role.TRAINER_NAME)
    HttpResponse<byte[]> cards(HttpRequest<?> request, @PathVariable UUID id) {
        PracticeCase found = cases.find(id);
        String language = pages.language(request);
        return HttpResponse.ok(printouts.rolePlay(found, cases.catalogueOf(found), language, clock.instant(), Words.of(messages, language)))
                .contentType(MediaType.APPLICATION_PDF_TYPE).header("Content-Disposition", "attachment; filename=waymark-practice-case.pdf");
    }

    @Get("/api/v1/practice/cases")
    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
    List<PracticeCase.Brief> briefs() {
        return cases.all().stream().map(PracticeCase::brief).toList();
    }

    @Post(uri = "/api/v1/practice/screenings", consumes = MediaType.APPLICATION_JSON)
    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
    HttpResponse<Map<String, Object>> start(Authentication authentication, @Body StartPractice body) {
        if (body.caseId() == null) {
            throw InvalidInputException.of("caseId", "is required");
        }
        UUID id = practice.start(CurrentUser.of(authentication), body.caseId());
        return HttpResponse.status(HttpStatus.CREATED).body(Map.of("id", id.toString()));
    }

    @Get("/api/v1/practice/screenings/{id}/brief")
    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
    PracticeCase.Brief brief(Authentication authentication, @PathVariable UUID id) {
        return practice.caseOf(CurrentUser.of(authentication), id).brief();
    }

    @Post("/api/v1/practice/screenings/{id}/ask/{questionId}")
    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
    PracticeScreenings.Heard ask(Authentication authentication, @PathVariable UUID id,
                                 @PathVariable @Pattern(regexp = "[a-z0-9.-]{1,80}") String questionId) {
        return practice.ask(CurrentUser.of(authentication), id, questionId);
    }

    @Get("/api/v1/practice/screenings/{id}/replies")
    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
    List<PracticeScreenings.Heard> replies(Authentication authentication, @PathVariable UUID id) {
        return practice.heard(CurrentUser.of(authentication), id);
    }

    @Get("/api/v1/practice/screenings/{id}/feedback")
    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
    PracticeScreenings.Feedback feedback(Authentication authentication, @PathVariable UUID id) {
        return practice.feedback(CurrentUser.of(authentication), id);
    }
}
