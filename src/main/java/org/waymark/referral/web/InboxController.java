package org.waymark.referral.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
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
import org.waymark.referral.AnswerJointInspection;
import org.waymark.referral.MoveReferral;
import org.waymark.referral.ReferralMoves;
import org.waymark.referral.ReferralView;

import java.util.List;
import java.util.UUID;

/** The partner's side: referrals addressed to its organisation, their packets, and their lifecycle moves. */
@Controller("/api/v1/inbox")
@Secured(Role.PARTNER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Partner inbox")
class InboxController {

    private final ReferralMoves moves;

    InboxController(ReferralMoves moves) {
        this.moves = moves;
    }

    @Get
    List<ReferralView> inbox(Authentication authentication) {
        return moves.inbox(CurrentUser.of(authentication));
    }

    @Get("/{id}")
    ReferralView get(Authentication authentication, UUID id) {
        return moves.inboxItem(CurrentUser.of(authentication), id);
    }

    /** The encrypted packet: {@code .pgp} for GnuPG or {@code .p7m} (DER) for OpenSSL. */
    @Get(uri = "/{id}/packet", produces = {"application/pgp-encrypted", "application/pkcs7-mime", "application/octet-stream"})
    HttpResponse<byte[]> packet(Authentication authentication, UUID id) {
        CurrentUser partner = CurrentUser.of(authentication);
        String caseReference = moves.inboxItem(partner, id).caseReference();
        ReferralMoves.Download download = moves.download(partner, id);
        return HttpResponse.ok(download.packet())
                .contentType("OPENPGP".equals(download.format()) ? "application/pgp-encrypted" : "application/pkcs7-mime")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName(caseReference) + "\"")
                .header("X-Waymark-Packet-SHA256", download.sha256());
    }

    /** The inspectorate's answer to a joint inspection request: AGREED with a date, or DECLINED with a reason. */
    @Post("/{id}/joint-inspection")
    ReferralView answerJointInspection(Authentication authentication, UUID id, @Body @Valid AnswerJointInspection answer) {
        return moves.answerJointInspection(CurrentUser.of(authentication), id, answer);
    }

    /** RECEIVED (acknowledge), ACCEPTED, DECLINED (with a reason) or CLOSED (with an outcome). */
    @Post("/{id}/moves")
    ReferralView move(Authentication authentication, UUID id, @Body @Valid MoveReferral move) {
        return moves.moveByPartner(CurrentUser.of(authentication), id, move);
    }
}
