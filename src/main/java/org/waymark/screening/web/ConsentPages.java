package org.waymark.screening.web;

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
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.screening.Completion;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.Minority;
import org.waymark.screening.PracticeScripts;
import org.waymark.screening.RecordConsent;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Screenings;
import org.waymark.screening.WalkState;
import org.waymark.screening.Walkthrough;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The consent step: for each purpose, the words to read out in the person's language, what the person was told,
 * and their answer (a refused form shows again with what was ticked); then checking all answers, completing the
 * screening with a confirmation that gives its reference, and reopening it with a reason. One form per purpose, so a
 * refused form changes nothing. A trainee finishes their own practice screenings here; every other screening is not found to them.
 */
@Controller("/officer/screenings/{id}")
@Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME}) // a trainee: on their own practice screenings only (each method checks)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsentPages {

    private final Pages pages;
    private final Screenings screenings;
    private final Completion completion;

    private final Walkthrough walkthrough;
    private final CatalogueLibrary catalogues;

    private final PracticeScripts practice;

    ConsentPages(Pages pages, Screenings screenings, Completion completion, Walkthrough walkthrough, CatalogueLibrary catalogues,
                 PracticeScripts practice) {
        this.practice = practice;
        this.walkthrough = walkthrough;
        this.catalogues = catalogues;
        this.pages = pages;
        this.screenings = screenings;
        this.completion = completion;
    }

    @Get(uri = "/consent", produces = MediaType.TEXT_HTML)
    Object consentForm(Authentication authentication, HttpRequest<?> request, UUID id) {
        practice.refuseUnlessOwnPractice(CurrentUser.of(authentication), id);
        return page(authentication, request, id, null, List.of(), Map.of());
    }

    @Post(uri = "/consents", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object consent(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        practice.refuseUnlessOwnPractice(CurrentUser.of(authentication), id);
        ConsentPurpose purpose = pages.read(form, ConsentForm.Purpose.class).purpose();
        try {
            completion.consent(CurrentUser.of(authentication), id, pages.read(form, RecordConsent.class));
            return Pages.seeOther("/officer/screenings/" + id + "/consent#" + purpose.name());
        } catch (InvalidInputException e) {
            return page(authentication, request, id, purpose, pages.problems(e, pages.language(request)), form);
        }
    }

    @Post(uri = "/complete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object complete(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        practice.refuseUnlessOwnPractice(CurrentUser.of(authentication), id);
        long version = pages.read(form, ScreeningController.Complete.class).expectedVersion();
        try {
            completion.complete(CurrentUser.of(authentication), id, version);
        } catch (ConflictException e) {
            return Pages.seeOther("/officer/screenings/" + id + "?conflict");
        }
        return Pages.seeOther("/officer/screenings/" + id + "/completed");
    }

    /**
     * Check your answers: the start details, every answer with a link to change it, the consents, and the result in
     * plain words, then the one button that completes. A completed screening goes to its confirmation instead, so
     * Back after completing never offers to complete again.
     */
    @Get(uri = "/check", produces = MediaType.TEXT_HTML)
    Object check(Authentication authentication, HttpRequest<?> request, UUID id) {
        CurrentUser officer = CurrentUser.of(authentication);
        practice.refuseUnlessOwnPractice(officer, id);
        Pages.Model model = pages.model(authentication, request);
        String lang = (String) model.values().get("lang");
        WalkState state = walkthrough.state(officer, id, null, lang);
        if (state.status() == ScreeningStatus.COMPLETED) {
            return Pages.seeOther("/officer/screenings/" + id + "/completed");
        }
        ScreeningView screening = screenings.read(officer, id, null);
        Catalogue catalogue = catalogues.find(state.catalogueId(), state.catalogueVersion()).orElseThrow();
        AssessmentPanel.addTo(model, screening.assessment(), catalogue);
        return model.with("screening", screening).with("state", state)
                .with("checklistName", catalogue.texts().get(lang).nameOf(state.checklist()))
                .with("personLanguage", WalkthroughPages.languageName(catalogue, screening.intervieweeLanguage()))
                .with("interpreterLanguage", screening.interpreterLanguage() == null ? null
                        : WalkthroughPages.languageName(catalogue, screening.interpreterLanguage()))
                .with("country", screening.nationality() == null ? null
                        : new java.util.Locale("", screening.nationality()).getDisplayCountry(java.util.Locale.forLanguageTag(lang)))
                .with("recorded", recorded(screening))
                .with("purposes", ConsentPurpose.values())
                .view("officer/check");
    }

    /** After completing: the screening's reference and what to do next; refresh and Back land here again. */
    @Get(uri = "/completed", produces = MediaType.TEXT_HTML)
    Object completed(Authentication authentication, HttpRequest<?> request, UUID id) {
        CurrentUser officer = CurrentUser.of(authentication);
        practice.refuseUnlessOwnPractice(officer, id);
        Pages.Model model = pages.model(authentication, request);
        WalkState state = walkthrough.state(officer, id, null, (String) model.values().get("lang"));
        if (state.status() != ScreeningStatus.COMPLETED) {
            return Pages.seeOther("/officer/screenings/" + id);
        }
        Catalogue catalogue = catalogues.find(state.catalogueId(), state.catalogueVersion()).orElseThrow();
        AssessmentPanel.addTo(model, screenings.assessment(officer, id), catalogue);
        return model.with("state", state).with("reference", screenings.reference(officer, id))
                .with("practice", practice.script(officer, id).orElse(null)).view("officer/completed");
    }

    /** {@code form}: what a refused form sent, shown again so the officer does not tick everything twice. */
    private Object page(Authentication authentication, HttpRequest<?> request, UUID id, ConsentPurpose failed, List<String> problems,
                        Map<String, Object> form) {
        ScreeningView screening = screenings.read(CurrentUser.of(authentication), id, null);
        if (screening.status() == ScreeningStatus.COMPLETED) {
            return Pages.seeOther(WalkthroughPages.afterCompletion(CurrentUser.of(authentication), id));
        }
        return ConsentForm.withScripts(pages.model(authentication, request), screening.intervieweeLanguage())
                .with("screening", screening)
                .with("purposes", ConsentPurpose.values())
                .with("recorded", recorded(screening))
                .with("minor", Minority.ofProfile(screening.profile()).isMinor())
                .with("failed", failed == null ? "" : failed.name())
                .with("problems", problems)
                .with("keptTold", failed == null ? List.of() : Pages.all(form, "told"))
                .with("keptStatus", failed == null ? "" : String.valueOf(Pages.first(form, "status")))
                .with("keptRepresentative", failed == null ? "" : java.util.Objects.requireNonNullElse(Pages.first(form, "representative"), ""))
                .view("officer/consent");
    }

    private static Map<String, ScreeningView.ConsentView> recorded(ScreeningView screening) {
        Map<String, ScreeningView.ConsentView> latest = new java.util.HashMap<>();
        screening.consents().forEach(c -> latest.merge(c.purpose(), c, (a, b) -> b.recordedAt().isAfter(a.recordedAt()) ? b : a));
        return latest;
    }
}
