package org.waymark.training.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.training.CourseProgress;

import java.util.List;
import java.util.Map;

/**
 * The course over the API, for any signed-in user: the modules with the caller's progress, and answering a quiz (the
 * marked attempt comes back; a question left out is refused as problem+json naming it).
 */
@Controller("/api/v1/course")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Training")
class CourseController {

    private final CourseProgress progress;
    private final Pages pages;

    CourseController(CourseProgress progress, Pages pages) {
        this.progress = progress;
        this.pages = pages;
    }

    /** The chosen answer key of each question, by question id. */
    @Serdeable
    record Answers(@Nullable Map<String, String> choices) {
    }

    /** A module's standing for the caller. */
    @Serdeable
    record Standing(String moduleId, String title, int attempts, int bestCorrect, int questions, boolean passed) {
    }

    @Get("/modules")
    List<Standing> modules(Authentication authentication, HttpRequest<?> request) {
        return progress.standings(CurrentUser.of(authentication), pages.language(request)).stream()
                .map(s -> new Standing(s.module().id(), s.module().title(), s.attempts(), s.bestCorrect(), s.module().quiz().size(), s.passed()))
                .toList();
    }

    @Post(uri = "/modules/{moduleId}/attempts", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<CourseProgress.Attempt> answer(Authentication authentication, @PathVariable String moduleId, @Body Answers body) {
        CourseProgress.Attempt attempt = progress.answer(CurrentUser.of(authentication), moduleId,
                body.choices() == null ? Map.of() : body.choices());
        return HttpResponse.status(HttpStatus.CREATED).body(attempt);
    }
}
