package org.waymark.referral.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.referral.CreateReferral;
import org.waymark.referral.MoveReferral;
import org.waymark.referral.ReferralMoves;
import org.waymark.referral.ReferralView;
import org.waymark.referral.RequestJointInspection;
import org.waymark.referral.Referrals;

import java.util.List;
import java.util.UUID;

/** The officer's side: refer a completed screening of the unit, follow its referrals, revoke one. */
@Controller("/api/v1")
@Secured(Role.OFFICER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Referral")
class ReferralController {

    private final Referrals referrals;
    private final ReferralMoves moves;

    ReferralController(Referrals referrals, ReferralMoves moves) {
        this.referrals = referrals;
        this.moves = moves;
    }

    @Post("/screenings/{screeningId}/referrals")
    HttpResponse<ReferralView> create(Authentication authentication, UUID screeningId, @Body @Valid CreateReferral request) {
        Referrals.Created result = referrals.create(CurrentUser.of(authentication), screeningId, request);
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.referral());
    }

    @Get("/screenings/{screeningId}/referrals")
    List<ReferralView> ofScreening(Authentication authentication, UUID screeningId) {
        return referrals.ofScreening(CurrentUser.of(authentication), screeningId);
    }

    @Get("/referrals/{id}")
    ReferralView get(Authentication authentication, UUID id) {
        return referrals.get(CurrentUser.of(authentication), id);
    }

    /**
     * Asks the labour inspectorate the case was referred to for a joint inspection of the workplace, optionally with
     * proposed dates and the unit's contact; refused (422) when the anonymous notification left the workplace out.
     */
    @Post("/referrals/{id}/joint-inspection")
    ReferralView requestJointInspection(Authentication authentication, UUID id, @Body @Nullable @Valid RequestJointInspection request) {
        return moves.requestJointInspection(CurrentUser.of(authentication), id, request == null ? RequestJointInspection.none() : request);
    }

    /** The referring unit's only move: REVOKED, with a reason, before the partner accepts. */
    @Post("/referrals/{id}/moves")
    ReferralView move(Authentication authentication, UUID id, @Body @Valid MoveReferral move) {
        return moves.moveByUnit(CurrentUser.of(authentication), id, move);
    }
}
