package org.waymark.screening.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.screening.AgeBand;
import org.waymark.screening.ChangeStartDetails;
import org.waymark.screening.DiscardReason;
import org.waymark.screening.Exploitation;
import org.waymark.screening.RecordAnswer;
import org.waymark.screening.PracticeScripts;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.Screenings;
import org.waymark.screening.Sector;
import org.waymark.screening.Sex;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.StartDetails;
import org.waymark.screening.StartScreening;
import org.waymark.screening.WalkState;
import org.waymark.screening.Walkthrough;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officer's walk-through pages: start a screening, one question at a time with the live assessment beside
 * it, and the interviewee view (the question in the person's language only). Every answer is saved at once. A practice
 * screening runs on the same pages, which then also show the case's brief and the scripted reply to each question asked.
 */
@Controller("/officer/screenings")
@Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
class WalkthroughPages {

    private final Pages pages;
    private final Screenings screenings;
    private final Walkthrough walkthrough;
    private final CatalogueLibrary catalogues;
    private final Clock clock;
    private final StartDetails startDetails;
    private final PracticeScripts practice;

    WalkthroughPages(Pages pages, Screenings screenings, Walkthrough walkthrough, CatalogueLibrary catalogues, Clock clock,
                     StartDetails startDetails, PracticeScripts practice) {
        this.startDetails = startDetails;
        this.practice = practice;
        this.pages = pages;
        this.clock = clock;
        this.screenings = screenings;
        this.walkthrough = walkthrough;
        this.catalogues = catalogues;
    }

    @Secured(Role.OFFICER_NAME) // a trainee never starts, changes or discards a screening
    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> startForm(Authentication authentication, HttpRequest<?> request) {
        return startPage(authentication, request, Map.of(), List.of());
    }

    /**
     * The form carries a UUID made when it was shown: sending it twice starts one screening. Refused input shows the
     * form again with what was typed, an error summary linked to the fields, and a message at each field.
     */
    @Secured(Role.OFFICER_NAME) // a trainee never starts, changes or discards a screening
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object start(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        Map<String, Pages.FieldError> errors = new LinkedHashMap<>();
        StartScreening command = StartForm.read(form, pages.language(request), LocalDate.now(clock.withZone(ZoneOffset.UTC)), errors);
        if (command != null) {
            try {
                Screenings.StartResult result = screenings.start(CurrentUser.of(authentication), pages.valid(command));
                return Pages.seeOther("/officer/screenings/" + result.screening().id());
            } catch (InvalidInputException e) {
                StartForm.addRefused(e.violations(), errors);
            } catch (ConflictException e) {
                // this form (Back, then changed) already started a screening: the officer starts a new one knowingly
                errors.put("checklist", new Pages.FieldError("checklist", "start.error.already-started", null));
                Map<String, Object> again = new LinkedHashMap<>(form);
                again.remove("id");
                return startPage(authentication, request, again, StartForm.inOrder(errors));
            }
        }
        return startPage(authentication, request, form, StartForm.inOrder(errors));
    }

    /** The start form filled in with the screening's start details (an audited read within the walk-through), to change them before the first answer. */
    @Secured(Role.OFFICER_NAME) // a trainee never starts, changes or discards a screening
    @Get(uri = "/{id}/start-details", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> startDetailsForm(Authentication authentication, HttpRequest<?> request, UUID id) {
        ScreeningView view = screenings.read(CurrentUser.of(authentication), id, null);
        List<Pages.FieldError> errors = view.answers().isEmpty() && view.status() == ScreeningStatus.IN_PROGRESS ? List.of()
                : List.of(new Pages.FieldError("checklist", "start-details.error.answered", null));
        return startDetailsPage(authentication, request, id, StartForm.filledIn(view, pages.language(request)), errors);
    }

    /** Changes the start details; refused input, an answer recorded meanwhile or a change made meanwhile: the form again, saying so. */
    @Secured(Role.OFFICER_NAME) // a trainee never starts, changes or discards a screening
    @Post(uri = "/{id}/start-details", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object changeStartDetails(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        Map<String, Pages.FieldError> errors = new LinkedHashMap<>();
        Map<String, Object> filled = new LinkedHashMap<>(form);
        filled.put("id", id.toString());
        StartScreening command = StartForm.read(filled, pages.language(request), LocalDate.now(clock.withZone(ZoneOffset.UTC)), errors);
        if (command != null) {
            try {
                long version = pages.read(form, ScreeningController.Complete.class).expectedVersion();
                startDetails.change(CurrentUser.of(authentication), id, pages.valid(ChangeStartDetails.of(command, version)));
                return Pages.seeOther("/officer/screenings/" + id);
            } catch (InvalidInputException e) {
                StartForm.addRefused(e.violations(), errors);
            } catch (ConflictException e) {
                errors.put("checklist", new Pages.FieldError("checklist", "screening.answered".equals(e.code())
                        ? "start-details.error.answered" : "start-details.error.changed", null));
            }
        }
        return startDetailsPage(authentication, request, id, filled, StartForm.inOrder(errors));
    }

    private ModelAndView<Map<String, Object>> startDetailsPage(Authentication authentication, HttpRequest<?> request, UUID id,
                                                               Map<String, Object> form, List<Pages.FieldError> errors) {
        ModelAndView<Map<String, Object>> page = startPage(authentication, request, form, errors);
        page.getModel().ifPresent(model -> {
            model.put("editing", true);
            model.put("formAction", "/officer/screenings/" + id + "/start-details");
        });
        return page;
    }

    /** Discards a screening opened by mistake: only before its first answer, with a reason chosen from a list. */
    @Secured(Role.OFFICER_NAME) // a trainee never starts, changes or discards a screening
    @Post(uri = "/{id}/discard", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> discard(Authentication authentication, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        DiscardReason reason;
        try {
            reason = pages.read(form, ScreeningController.Discard.class).reason();
        } catch (InvalidInputException e) {
            return Pages.seeOther("/officer/screenings/" + id + "?discard-reason");
        }
        try {
            screenings.discard(CurrentUser.of(authentication), id, reason);
        } catch (ConflictException e) {
            return Pages.seeOther("/officer/screenings/" + id + "?discard-refused");
        }
        return Pages.seeOther("/officer?discarded");
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    Object walk(Authentication authentication, HttpRequest<?> request, UUID id, @Nullable @QueryValue String question) {
        Pages.Model model = pages.model(authentication, request);
        String lang = (String) model.values().get("lang");
        PracticeScripts.Script script = practiceOnly(authentication, id);
        WalkState state = walkthrough.state(CurrentUser.of(authentication), id, question, lang);
        if (state.status() == ScreeningStatus.COMPLETED) {
            return Pages.seeOther(afterCompletion(CurrentUser.of(authentication), id));
        }
        Catalogue catalogue = catalogues.find(state.catalogueId(), state.catalogueVersion()).orElseThrow();
        AssessmentPanel.addTo(model, screenings.assessment(CurrentUser.of(authentication), id), catalogue);
        boolean discardReasonMissing = request.getParameters().contains("discard-reason");
        pages.withFieldErrors(model, discardReasonMissing ? List.of(new Pages.FieldError("discard-reason", "discard.reason-missing", null)) : List.of());
        return model.with("state", state)
                .with("personLanguage", languageName(catalogue, state.intervieweeLanguage()))
                .with("answers", Answer.values())
                .with("conflict", request.getParameters().contains("conflict"))
                .with("discardReasons", DiscardReason.values())
                .with("discardReasonMissing", discardReasonMissing)
                .with("discardRefused", request.getParameters().contains("discard-refused"))
                .with("notFinished", request.getParameters().contains("not-finished"))
                .with("skipToAnswers", state.current() != null)
                .with("practice", script)
                .view("officer/walkthrough");
    }

    /** The page the officer turns towards the person: the current question in the person's language, nothing else. */
    @Get(uri = "/{id}/person", produces = MediaType.TEXT_HTML)
    Object person(Authentication authentication, HttpRequest<?> request, UUID id) {
        Pages.Model model = pages.model(authentication, request);
        PracticeScripts.Script script = practiceOnly(authentication, id);
        WalkState state = walkthrough.state(CurrentUser.of(authentication), id, null, (String) model.values().get("lang"));
        if (state.status() == ScreeningStatus.COMPLETED) {
            return Pages.seeOther(afterCompletion(CurrentUser.of(authentication), id));
        }
        return model.with("state", state).with("answers", Answer.values()).with("personLang", state.intervieweeLanguage())
                .with("t", PersonTexts.in(state.intervieweeLanguage()))
                .with("practice", script)
                .view("officer/person");
    }

    /**
     * Saves one answer and shows the next question. A retried post of the same answer changes nothing; an answer
     * sent against an old version (another device answered meanwhile) is not saved and the page says so.
     */
    @Post(uri = "/{id}/answers", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> answer(Authentication authentication, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        practiceOnly(authentication, id);
        Step step = pages.read(form, Step.class);
        String back = step.view() == null ? "/officer/screenings/" + id : "/officer/screenings/" + id + "/person";
        RecordAnswer command = pages.read(form, RecordAnswer.class);
        try {
            walkthrough.answer(CurrentUser.of(authentication), id, step.question(), command);
        } catch (ConflictException e) {
            return Pages.seeOther(back + "?conflict");
        }
        if (back.endsWith("/person")) {
            return Pages.seeOther(back);
        }
        // each question its own address, so the browser's Back goes to the question before, not to the start form
        WalkState next = walkthrough.state(CurrentUser.of(authentication), id, null, "en");
        return Pages.seeOther(next.current() == null ? back : back + "?question=" + next.current().id());
    }

    /** Which question an answer form answers, and {@code person} when it was sent from the page turned towards the person. */
    @Introspected
    record Step(@NotBlank @Pattern(regexp = "[a-z0-9.-]{1,80}") String question, @Nullable @Pattern(regexp = "person") String view) {
    }

    private ModelAndView<Map<String, Object>> startPage(Authentication authentication, HttpRequest<?> request, Map<String, Object> form,
                                                        List<Pages.FieldError> errors) {
        Pages.Model model = pages.model(authentication, request);
        String lang = (String) model.values().get("lang");
        Catalogue catalogue = catalogues.all().get(catalogues.all().size() - 1);
        Map<String, String> checklists = new LinkedHashMap<>();
        catalogue.checklists().forEach(c -> checklists.put(c.id(), catalogue.texts().get(lang).nameOf(c.id())));
        Map<String, String> languages = new LinkedHashMap<>();
        catalogue.intervieweeLanguages().forEach(l -> languages.put(l, languageName(catalogue, l)));
        Map<String, Object> values = new LinkedHashMap<>();
        form.keySet().forEach(field -> values.put(field, Pages.first(form, field)));
        values.putIfAbsent("id", UUID.randomUUID().toString());
        values.remove("_csrf");
        return pages.withFieldErrors(model, errors).with("catalogue", catalogue.id()).with("checklists", checklists).with("languages", languages)
                .with("placeTypes", PlaceType.values()).with("exploitations", Exploitation.values())
                .with("ageBands", AgeBand.values()).with("sexes", Sex.values()).with("sectors", Sector.values())
                .with("countries", StartForm.countries(lang))
                .with("form", values)
                .view("officer/start");
    }

    /**
     * The practice script of the screening, or null for a real one; a trainee is shown a real screening as not found
     * (their unit is the practice unit, which holds none: this is the second line).
     */
    private PracticeScripts.Script practiceOnly(Authentication authentication, UUID id) {
        CurrentUser user = CurrentUser.of(authentication);
        PracticeScripts.Script script = practice.script(user, id).orElse(null);
        if (script == null && user.role() == Role.TRAINEE) {
            throw new NotFoundException("screening");
        }
        return script;
    }

    /** Where a completed screening opens: its case page, or for a trainee (who has none) the confirmation with the feedback. */
    static String afterCompletion(CurrentUser user, UUID id) {
        return user.role() == Role.TRAINEE ? "/officer/screenings/" + id + "/completed" : "/officer/cases/" + id;
    }

    static String languageName(Catalogue catalogue, String language) {
        LanguageTexts texts = catalogue.texts().get(language);
        return texts == null ? language : texts.name();
    }
}
