package org.waymark.training.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.views.ModelAndView;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.training.Course;
import org.waymark.training.CourseLibrary;
import org.waymark.training.CourseProgress;
import org.waymark.training.Printouts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The course for any signed-in user: the module list with progress, a module's text and its quiz (a plain form, no
 * script needed), the marked attempt with the right answers explained (post/redirect/get; retry any time), and the
 * certificate (PDF/A) once every quiz is passed.
 */
@Controller("/training")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CoursePages {

    private static final String QUESTION = "q.";

    private final Pages pages;
    private final CourseLibrary library;
    private final CourseProgress progress;
    private final MessageSource messages;
    private final Printouts printouts = new Printouts();

    CoursePages(Pages pages, CourseLibrary library, CourseProgress progress, MessageSource messages) {
        this.pages = pages;
        this.library = library;
        this.progress = progress;
        this.messages = messages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> modules(Authentication authentication, HttpRequest<?> request) {
        String language = pages.language(request);
        CurrentUser user = CurrentUser.of(authentication);
        List<CourseProgress.ModuleStanding> standings = progress.standings(user, language);
        return pages.model(authentication, request).with("course", library.course(language)).with("standings", standings)
                .with("passedCount", standings.stream().filter(CourseProgress.ModuleStanding::passed).count())
                .with("completed", progress.completedAt(user).isPresent()).with("passMark", library.passMarkPercent())
                .with("notYet", request.getParameters().contains("certificate"))
                .view("training/modules");
    }

    @Get(uri = "/modules/{moduleId}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> module(Authentication authentication, HttpRequest<?> request, @PathVariable String moduleId) {
        return modulePage(authentication, request, moduleId, List.of(), Map.of());
    }

    @Post(uri = "/modules/{moduleId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object answer(Authentication authentication, HttpRequest<?> request, @PathVariable String moduleId, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        Map<String, String> choices = new HashMap<>();
        form.keySet().stream().filter(k -> k.startsWith(QUESTION)).forEach(k -> choices.put(k.substring(QUESTION.length()), Pages.first(form, k)));
        try {
            CourseProgress.Attempt attempt = progress.answer(CurrentUser.of(authentication), moduleId, choices);
            return Pages.seeOther("/training/attempts/" + attempt.id());
        } catch (InvalidInputException e) {
            return modulePage(authentication, request, moduleId, unanswered(e, library.course(pages.language(request)), moduleId), choices);
        }
    }

    @Get(uri = "/attempts/{attemptId}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> result(Authentication authentication, HttpRequest<?> request, @PathVariable UUID attemptId) {
        String language = pages.language(request);
        CourseProgress.Attempt attempt = progress.attempt(CurrentUser.of(authentication), attemptId);
        Course.Module module = library.course(language).module(attempt.moduleId()).orElseThrow(() -> new NotFoundException("module"));
        return pages.model(authentication, request).with("module", module).with("attempt", attempt)
                .with("completed", progress.completedAt(CurrentUser.of(authentication)).isPresent())
                .with("passMark", library.passMarkPercent()).view("training/result");
    }

    @Get(uri = "/certificate")
    HttpResponse<?> certificate(Authentication authentication, HttpRequest<?> request) {
        CurrentUser user = CurrentUser.of(authentication);
        String language = pages.language(request);
        Instant completed = progress.completedAt(user).orElse(null);
        if (completed == null) {
            return Pages.seeOther("/training?certificate=not-yet");
        }
        byte[] pdf = printouts.certificate(library.course(language), user.id(), user.username(), completed,
                progress.standings(user, language), Words.of(messages, language));
        return HttpResponse.ok(pdf).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=waymark-course-certificate.pdf");
    }

    /** Each question left without a choice, for the error summary and at its fieldset, by its number in the quiz. */
    private static List<Pages.FieldError> unanswered(InvalidInputException refusal, Course course, String moduleId) {
        List<Course.Question> quiz = course.module(moduleId).orElseThrow(() -> new NotFoundException("module")).quiz();
        List<String> ids = quiz.stream().map(Course.Question::id).toList();
        return refusal.violations().stream().filter(v -> ids.contains(v.field()))
                .map(v -> new Pages.FieldError("question-" + v.field(), "form.error.quiz.choose", ids.indexOf(v.field()) + 1)).toList();
    }

    private ModelAndView<Map<String, Object>> modulePage(Authentication authentication, HttpRequest<?> request, String moduleId,
                                                         List<Pages.FieldError> errors, Map<String, String> chosen) {
        Course course = library.course(pages.language(request));
        Course.Module module = course.module(moduleId).orElseThrow(() -> new NotFoundException("module"));
        return pages.withFieldErrors(pages.model(authentication, request), errors).with("module", module).with("chosen", chosen)
                .with("passMark", library.passMarkPercent()).view("training/module");
    }
}
