package org.waymark.referral.web;

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
import io.micronaut.views.ModelAndView;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.FormRecords;
import org.waymark.identity.web.Pages;
import org.waymark.referral.ClosingOutcome;
import org.waymark.referral.AnswerJointInspection;
import org.waymark.referral.MoveReferral;
import org.waymark.referral.PartnerResult;
import org.waymark.referral.WageArrears;
import org.waymark.referral.PacketWords;
import org.waymark.referral.Partners;
import org.waymark.referral.ReferralMoves;
import org.waymark.referral.ReferralStatus;
import org.waymark.referral.ReferralView;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.RuleViolationException;
import org.waymark.signing.ServiceKeys;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The partner's pages: the inbox of referrals addressed to the organisation, one referral with its history, the
 * packet download with instructions for opening it, and the moves (acknowledge, accept, decline, close) with reasons.
 */
@Controller("/partner")
@Secured(Role.PARTNER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class InboxPages {

    private final Pages pages;
    private final ReferralMoves moves;
    private final ServiceKeys serviceKeys;
    private final Partners partners;

    InboxPages(Pages pages, ReferralMoves moves, ServiceKeys serviceKeys, Partners partners) {
        this.partners = partners;
        this.pages = pages;
        this.moves = moves;
        this.serviceKeys = serviceKeys;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> inbox(Authentication authentication, HttpRequest<?> request) {
        CurrentUser partner = CurrentUser.of(authentication);
        return pages.model(authentication, request).with("referrals", moves.inbox(partner))
                .with("organisation", partners.get(partner.organisationId()).name()).view("partner/inbox");
    }

    @Get(uri = "/referrals/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> referral(Authentication authentication, HttpRequest<?> request, UUID id) {
        return page(authentication, request, moves.inboxItem(CurrentUser.of(authentication), id), List.of());
    }

    /** One move; a refused move (a decline without a reason, a move the lifecycle forbids) shows the page again with why. */
    @Post(uri = "/referrals/{id}/moves", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object move(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        CurrentUser partner = CurrentUser.of(authentication);
        try {
            moves.moveByPartner(partner, id, pages.read(form, MoveReferral.class));
            return Pages.seeOther("/partner/referrals/" + id);
        } catch (InvalidInputException | RuleViolationException e) {
            String reason = FormRecords.read(form, MoveReferral.class).record().status() == ReferralStatus.CLOSED ? "close-reason" : "decline-reason";
            return page(authentication, request, moves.inboxItem(partner, id),
                    pages.fieldErrors(e, "move", Map.of("reason", reason, "outcome", "outcome"), "moves"));
        }
    }

    /** The answer to a joint inspection request: agreed with a date, or declined with a reason; a refusal shows the page again with why. */
    @Post(uri = "/referrals/{id}/joint-inspection", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object answerJointInspection(Authentication authentication, HttpRequest<?> request, UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        CurrentUser partner = CurrentUser.of(authentication);
        try {
            moves.answerJointInspection(partner, id, pages.read(form, AnswerJointInspection.class));
            return Pages.seeOther("/partner/referrals/" + id);
        } catch (InvalidInputException | RuleViolationException e) {
            return page(authentication, request, moves.inboxItem(partner, id),
                    pages.fieldErrors(e, "joint", Map.of("date", "joint-date", "reason", "joint-reason"), "joint-inspection"));
        }
    }

    private ModelAndView<Map<String, Object>> page(Authentication authentication, HttpRequest<?> request, ReferralView referral,
                                                   List<Pages.FieldError> errors) {
        var key = serviceKeys.current().key();
        Pages.Model model = pages.model(authentication, request);
        return pages.withFieldErrors(model, errors)
                .with("r", referral)
                .with("packetWords", PacketWords.json((String) model.values().get("lang")))
                .with("outcomes", ClosingOutcome.values())
                .with("results", PartnerResult.offeredTo(org.waymark.identity.OrganisationType.valueOf(referral.partnerType())))
                .with("wageBands", WageArrears.values())
                .with("openPgp", "OPENPGP".equals(referral.format()))
                .with("fileName", referral.caseReference() + ("OPENPGP".equals(referral.format()) ? ".pgp" : ".p7m"))
                .with("serviceOpenPgpFingerprint", key.openPgpFingerprint())
                .with("serviceCertificateSha256", key.certificateFingerprint())
                .view("partner/referral");
    }
}
