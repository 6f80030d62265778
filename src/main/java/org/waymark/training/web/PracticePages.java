package org.waymark.training.web;

import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.training.PracticeCase;
import org.waymark.training.PracticeCases;
import org.waymark.training.PracticeScreenings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The trainee's practice pages: the cases to practise (their brief only), starting one (it then runs on the officer's
 * own walk-through pages), asking the person a question there to hear the scripted reply, and the feedback once the
 * screening is completed; the user's own practice runs, newest first, each with its feedback or a way back into it.
 * Open to officers and to trainee accounts (who have no unit: theirs run in the practice unit).
 */
@Controller("/practice")
@Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
class PracticePages {

    private final Pages pages;
    private final PracticeCases cases;
    private final PracticeScreenings practice;

    PracticePages(Pages pages, PracticeCases cases, PracticeScreenings practice) {
        this.pages = pages;
        this.cases = cases;
        this.practice = practice;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication authentication, HttpRequest<?> request) {
        return listPage(authentication, request, List.of());
    }

    /** Starts a practice screening on a case and opens its first question. */
    @Post(uri = "/screenings", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object start(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            UUID id = practice.start(CurrentUser.of(authentication), pages.read(form, PracticeController.StartPractice.class).caseId());
            return Pages.seeOther("/officer/screenings/" + id);
        } catch (InvalidInputException e) {
            return listPage(authentication, request, pages.fieldErrors(e, "practice-start", Map.of(), "cases"));
        }
    }

    /**
     * The trainee asks the current question: the asking is kept and the page shows the scripted reply. A question the
     * walk-through no longer asks (answered meanwhile on another device) goes back to the current question.
     */
    @Post(uri = "/screenings/{id}/ask", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object ask(Authentication authentication, @PathVariable UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        String walk = "/officer/screenings/" + id + ("person".equals(Pages.first(form, "view")) ? "/person" : "");
        String question = Pages.first(form, "question");
        try {
            practice.ask(CurrentUser.of(authentication), id, question == null ? "" : question);
        } catch (InvalidInputException e) {
            return Pages.seeOther(walk);
        }
        return Pages.seeOther(walk.endsWith("/person") ? walk : walk + "?question=" + question);
    }

    /** The feedback, once the practice screening is completed; before, back to the walk-through, which says why. */
    @Get(uri = "/screenings/{id}/feedback", produces = MediaType.TEXT_HTML)
    Object feedback(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id) {
        CurrentUser trainee = CurrentUser.of(authentication);
        PracticeScreenings.Feedback feedback;
        try {
            feedback = practice.feedback(trainee, id);
        } catch (ConflictException e) {
            return Pages.seeOther("/officer/screenings/" + id + "?not-finished");
        }
        Pages.Model model = pages.model(authentication, request);
        LanguageTexts texts = cases.catalogueOf(practice.caseOf(trainee, id)).texts().get((String) model.values().get("lang"));
        Map<String, String> prompts = new HashMap<>();
        feedback.answers().forEach(a -> prompts.put(a.questionId(), texts.labelOf(a.questionId())));
        feedback.skippedThatMattered().forEach(a -> prompts.put(a.questionId(), texts.labelOf(a.questionId())));
        return model.with("feedback", feedback).with("prompts", prompts).view("training/feedback");
    }

    private ModelAndView<Map<String, Object>> listPage(Authentication authentication, HttpRequest<?> request, List<Pages.FieldError> errors) {
        Pages.Model model = pages.withFieldErrors(pages.model(authentication, request), errors);
        List<PracticeCase> all = cases.all();
        Map<UUID, String> languages = new HashMap<>();
        all.forEach(c -> {
            LanguageTexts texts = cases.catalogueOf(c).texts().get(c.intervieweeLanguage());
            languages.put(c.id(), texts == null ? c.intervieweeLanguage() : texts.name());
        });
        return model.with("cases", all.stream().map(PracticeCase::brief).toList()).with("languages", languages)
                .with("runs", practice.runs(CurrentUser.of(authentication))).view("training/practice");
    }
}
