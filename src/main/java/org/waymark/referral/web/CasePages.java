package org.waymark.referral.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
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
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import io.micronaut.core.annotation.Nullable;
import org.waymark.identity.OrganisationType;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.referral.CreateReferral;
import org.waymark.referral.HelpDirectory;
import org.waymark.referral.MoveReferral;
import org.waymark.referral.PartnerView;
import org.waymark.referral.ReferralMoves;
import org.waymark.referral.ReferralRules;
import org.waymark.referral.ReferralStatus;
import org.waymark.referral.ReferralView;
import org.waymark.screening.PracticeScripts;
import org.waymark.referral.RequestJointInspection;
import org.waymark.screening.RecordConsent;
import org.waymark.referral.Partners;
import org.waymark.referral.Referrals;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.RiskLevel;
import org.waymark.scoring.RouteRecommendation;
import org.waymark.screening.Completion;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Screenings;
import org.waymark.screening.WalkState;
import org.waymark.screening.Walkthrough;
import org.waymark.screening.web.AssessmentPanel;
import org.waymark.screening.web.ConsentForm;
import org.waymark.screening.web.ScreeningController;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.RuleViolationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officer's cases: the unit's screenings with the state of their referrals, and a completed screening's page
 * with its assessment, its referrals and, for each recommended route, the consent it asks for beside the form to refer
 * it to a partner that fits the route and the region (none for a training screening).
 */
@Controller("/officer")
@Secured(Role.OFFICER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class CasePages {

    private final Pages pages;
    private final Screenings screenings;
    private final Walkthrough walkthrough;
    private final Referrals referrals;
    private final ReferralMoves moves;
    private final Partners partners;
    private final CatalogueLibrary catalogues;
    private final Completion completion;
    private final HelpDirectory help;
    private final PracticeScripts practice;

    CasePages(Pages pages, Screenings screenings, Walkthrough walkthrough, Referrals referrals, ReferralMoves moves, Partners partners,
              CatalogueLibrary catalogues, Completion completion, HelpDirectory help, PracticeScripts practice) {
        this.practice = practice;
        this.help = help;
        this.completion = completion;
        this.moves = moves;
        this.pages = pages;
        this.screenings = screenings;
        this.walkthrough = walkthrough;
        this.referrals = referrals;
        this.partners = partners;
        this.catalogues = catalogues;
    }

    /**
     * The unit's screenings, newest first, with each one's reference, checklist, risk level, state and referrals (case
     * reference, partner, state), filtered by {@link ScreeningListFilter}. No personal data: a list is read over shoulders.
     */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication authentication, HttpRequest<?> request) {
        CurrentUser officer = CurrentUser.of(authentication);
        Pages.Model model = pages.model(authentication, request);
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> parameters.put(name, values.isEmpty() ? null : values.get(0)));
        ScreeningListFilter filter = ScreeningListFilter.of(parameters);
        Map<UUID, List<ReferralView>> unitReferrals = referrals.ofUnit(officer);
        List<ScreeningView.Summary> all = screenings.list(officer);
        List<ScreeningView.Summary> shown = all.stream()
                .filter(s -> filter.accepts(s, unitReferrals.getOrDefault(s.id(), List.of()))).toList();
        pages.withFieldErrors(model, filter.errors().stream().map(v -> new Pages.FieldError(v.field(), "form.error.list." + v.field(), null)).toList());
        return model.with("screenings", shown).with("total", all.size()).with("filter", filter)
                .with("referrals", unitReferrals)
                .with("checklists", checklistNames((String) model.values().get("lang")))
                .with("states", ScreeningStatus.values()).with("risks", RiskLevel.values())
                .with("referralStates", ReferralStatus.values())
                .with("discarded", request.getParameters().contains("discarded"))
                .view("officer/list");
    }

    @Get(uri = "/cases/{id}", produces = MediaType.TEXT_HTML)
    Object casePage(Authentication authentication, HttpRequest<?> request, UUID id) {
        return page(authentication, request, id, Map.of(), "", List.of());
    }

    /**
     * The one-page card the person takes away: the partners for the officer's region and the whole country, with
     * contact, hours and languages, worded in the person's interview language (or {@code language} when the officer
     * picks another one the card is written in). It carries nothing about the person.
     */
    @Get(uri = "/cases/{id}/help-card", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> helpCard(Authentication authentication, HttpRequest<?> request, UUID id, @Nullable @QueryValue String language) {
        CurrentUser officer = CurrentUser.of(authentication);
        Pages.Model model = pages.model(authentication, request);
        WalkState state = walkthrough.state(officer, id, null, (String) model.values().get("lang"));
        String cardLanguage = language != null && help.hasCardIn(language) ? language
                : state.intervieweeLanguage() != null && help.hasCardIn(state.intervieweeLanguage()) ? state.intervieweeLanguage() : "en";
        return model.with("state", state).with("card", help.card(cardLanguage)).with("cardLanguage", cardLanguage)
                .with("entries", help.forOfficer(officer)).view("officer/help-card");
    }

    /**
     * The form carries a UUID made when it was shown: sending it twice makes one referral. A refusal (a training
     * screening, consent missing, a referral to this partner still open) shows the page again with why, in its language.
     */
    @Post(uri = "/cases/{id}/referrals", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object refer(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            referrals.create(CurrentUser.of(authentication), id, pages.read(form, CreateReferral.class));
            return Pages.seeOther("/officer/cases/" + id + "#referrals");
        } catch (InvalidInputException | RuleViolationException | ConflictException e) {
            String route = Pages.first(form, "route");
            String at = "route-" + (route != null && route.matches("[A-Z_]{1,40}") ? route : "");
            String suffix = at.substring("route-".length());
            return page(authentication, request, id, form, "", List.of(), pages.fieldErrors(e, "refer",
                    Map.of("partnerId", at, "language", "language-" + suffix, "note", "note-" + suffix), at));
        }
    }

    /** Consent recorded beside the route that needs it, also after completion (audited as on the consent step). */
    @Post(uri = "/cases/{id}/consents", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object consent(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        ConsentPurpose purpose = pages.read(form, ConsentForm.Purpose.class).purpose();
        try {
            completion.consent(CurrentUser.of(authentication), id, pages.read(form, RecordConsent.class));
            return Pages.seeOther("/officer/cases/" + id + "#consent-" + purpose.name());
        } catch (InvalidInputException e) {
            return page(authentication, request, id, Map.of(), purpose.name(), pages.problems(e, pages.language(request)));
        }
    }

    /** The referring unit's one move: revoke a referral the partner has not accepted yet, with a reason. */
    @Post(uri = "/cases/{id}/referrals/{referralId}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object revoke(Authentication authentication, HttpRequest<?> request, UUID id, UUID referralId, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            moves.moveByUnit(CurrentUser.of(authentication), referralId, pages.read(form, MoveReferral.class));
            return Pages.seeOther("/officer/cases/" + id + "#referrals");
        } catch (InvalidInputException | RuleViolationException e) {
            String at = referrals.ofScreening(CurrentUser.of(authentication), id).stream().filter(r -> r.id().equals(referralId))
                    .findFirst().map(r -> "revoke-reason-" + r.caseReference()).orElse("referrals");
            return page(authentication, request, id, Map.of(), "", List.of(), pages.fieldErrors(e, "revoke", Map.of("reason", at), at));
        }
    }

    /**
     * Reopens a completed screening to change answers; the reason is required and recorded. A missing or unfit reason
     * shows the case page again with the error summary, the reason kept.
     */
    @Post(uri = "/screenings/{id}/reopen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object reopen(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            completion.reopen(CurrentUser.of(authentication), id, pages.read(form, ScreeningController.Reopen.class).reason());
            return Pages.seeOther("/officer/screenings/" + id);
        } catch (InvalidInputException e) {
            return page(authentication, request, id, form, "", List.of(),
                    pages.fieldErrors(e, "reopen", Map.of("reason", "reopen-reason"), "reopen-reason"));
        }
    }

    /** Asks the labour inspectorate this case was referred to for a joint inspection of the workplace. */
    @Post(uri = "/cases/{id}/referrals/{referralId}/joint-inspection", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object askJointInspection(Authentication authentication, HttpRequest<?> request, UUID id, UUID referralId, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            moves.requestJointInspection(CurrentUser.of(authentication), referralId, pages.read(form, RequestJointInspection.class));
            return Pages.seeOther("/officer/cases/" + id + "#referrals");
        } catch (InvalidInputException | RuleViolationException | ConflictException e) {
            return page(authentication, request, id, Map.of(), "joint", pages.problems(e, pages.language(request)));
        }
    }

    /**
     * A recommended route as the case page offers it: the consent it asks for (and what is on record) beside the
     * partners it can be referred to.
     */
    public record RouteOffer(String route, @Nullable ConsentPurpose purpose, boolean consentRequired, @Nullable ScreeningView.ConsentView consent,
                             List<PartnerView> partners) {
    }

    private Object page(Authentication authentication, HttpRequest<?> request, UUID id, Map<String, Object> form, String failed,
                        List<String> problems) {
        return page(authentication, request, id, form, failed, problems, List.of());
    }

    private Object page(Authentication authentication, HttpRequest<?> request, UUID id, Map<String, Object> form, String failed,
                        List<String> problems, List<Pages.FieldError> fieldErrors) {
        CurrentUser officer = CurrentUser.of(authentication);
        Pages.Model model = pages.model(authentication, request);
        WalkState state = walkthrough.state(officer, id, null, (String) model.values().get("lang"));
        Catalogue catalogue = catalogues.find(state.catalogueId(), state.catalogueVersion()).orElseThrow();
        Assessment assessment = screenings.assessment(officer, id);
        AssessmentPanel.addTo(model, assessment, catalogue);
        Completion.ConsentsOnRecord consents = completion.consents(officer, id);
        pages.withFieldErrors(model, fieldErrors);
        Map<String, Object> values = new LinkedHashMap<>();
        form.keySet().forEach(field -> values.put(field, Pages.first(form, field)));
        values.remove("_csrf");
        values.putIfAbsent("id", UUID.randomUUID().toString());
        String lang = (String) model.values().get("lang");
        return ConsentForm.withScripts(model, state.intervieweeLanguage())
                .with("state", state)
                .with("checklistName", catalogue.texts().containsKey(lang) ? catalogue.texts().get(lang).nameOf(state.checklist()) : state.checklist())
                .with("referrals", referrals.ofScreening(officer, id))
                .with("offers", offers(partners.fitting(officer, assessment.routes().stream().map(RouteRecommendation::route).toList()),
                        assessment, consents))
                .with("minor", consents.forMinor())
                .with("nextSteps", help.nextSteps(assessment.riskLevel()))
                .with("nextStepsSource", help.nextStepsSource())
                .with("directory", help.forOfficer(officer))
                .with("form", values)
                .with("failed", failed)
                .with("problems", problems)
                .with("practice", practice.script(officer, id).orElse(null))
                .view("officer/case");
    }

    /** Each recommended route with its consent and its partners, in the order the assessment recommends them. */
    private static List<RouteOffer> offers(List<PartnerView> fitting, Assessment assessment, Completion.ConsentsOnRecord consents) {
        return assessment.routes().stream().map(RouteRecommendation::route).distinct().map(route -> {
            OrganisationType type = OrganisationType.valueOf(route.name());
            ConsentPurpose purpose = ReferralRules.consentFor(type).orElse(null);
            return new RouteOffer(route.name(), purpose, ReferralRules.needsConsent(type),
                    purpose == null ? null : consents.latest().get(purpose.name()),
                    fitting.stream().filter(p -> p.type() == type).toList());
        }).toList();
    }

    /** Each checklist's name in the officer's language, the newest catalogue's name first. */
    private Map<String, String> checklistNames(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Catalogue> all = catalogues.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            Catalogue catalogue = all.get(i);
            var texts = catalogue.texts().get(lang);
            catalogue.checklists().forEach(c -> names.putIfAbsent(c.id(), texts == null ? c.id() : texts.nameOf(c.id())));
        }
        return names;
    }
}
