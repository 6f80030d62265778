package org.waymark.referral;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.identity.OrganisationType;
import org.waymark.identity.Organisations;
import org.waymark.identity.security.CurrentUser;
import org.waymark.referral.persistence.ReferralEventRow;
import org.waymark.screening.CaseTexts;
import org.waymark.referral.persistence.ReferralEventRows;
import org.waymark.referral.persistence.ReferralRow;
import org.waymark.referral.persistence.ReferralRows;
import org.waymark.referral.persistence.ReferralSummaryRows;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The partner's inbox and every move of a referral after it was sent: acknowledging, accepting, declining,
 * closing (partner, with what the referral led to: {@link PartnerResult}, wage arrears) and revoking (referring unit),
 * and the joint inspection the unit may ask the labour inspectorate for. Each move locks the referral row, so two concurrent moves
 * cannot both apply; repeating the move that was just made changes nothing. A move's reason is sealed under the
 * screening's data key ({@link CaseTexts}): shown to the unit and the partner while the case lives, gone with its purge.
 */
@Singleton
public class ReferralMoves {

    private final ReferralRows rows;
    private final ReferralSummaryRows summaries;
    private final ReferralEventRows events;
    private final ReferralViews views;
    private final AuditTrail audit;
    private final Clock clock;
    private final CaseTexts texts;
    private final Organisations organisations;

    ReferralMoves(ReferralRows rows, ReferralSummaryRows summaries, ReferralEventRows events, ReferralViews views, AuditTrail audit,
                  Clock clock, CaseTexts texts, Organisations organisations) {
        this.organisations = organisations;
        this.texts = texts;
        this.rows = rows;
        this.summaries = summaries;
        this.events = events;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** Referrals addressed to the partner user's organisation, newest first. */
    @Transactional
    public List<ReferralView> inbox(CurrentUser partner) {
        return summaries.findByOrganisationIdOrderByCreatedAtDesc(partner.organisationId()).stream().map(views::forPartner).toList();
    }

    @Transactional
    public ReferralView inboxItem(CurrentUser partner, UUID referralId) {
        return views.forPartner(summaries.findByIdAndOrganisationId(referralId, partner.organisationId())
                .orElseThrow(() -> new NotFoundException("referral")));
    }

    /** The encrypted packet, for the partner it is addressed to; the download is audited. */
    @Transactional
    public Download download(CurrentUser partner, UUID referralId) {
        ReferralRow row = rows.findByIdAndOrganisationId(referralId, partner.organisationId())
                .orElseThrow(() -> new NotFoundException("referral"));
        if (referral(row).status() == ReferralStatus.REVOKED) {
            throw new ConflictException("referral.revoked", "The referring unit revoked this referral.");
        }
        if (row.packet() == null) {
            throw new ConflictException("referral.packet-deleted", "This packet was deleted under the retention rules.");
        }
        audit.record(new AuditEvent(partner.id(), partner.role().name(), null, partner.organisationId(), AuditAction.EXPORT, "referral",
                referralId.toString(), "packet download"));
        return new Download(row.packet(), row.format(), row.packetSha256());
    }

    /** A sealed packet as served: ciphertext only. */
    public record Download(byte[] packet, String format, String sha256) {
        public String fileName(String caseReference) {
            return caseReference + ("OPENPGP".equals(format) ? ".pgp" : ".p7m");
        }
    }

    @Transactional
    public ReferralView moveByPartner(CurrentUser partner, UUID referralId, MoveReferral move) {
        ReferralRow row = rows.lockById(referralId).filter(r -> r.organisationId().equals(partner.organisationId()))
                .orElseThrow(() -> new NotFoundException("referral"));
        apply(partner, row, Referral.Side.PARTNER, move);
        return views.forPartner(summaries.findByIdAndOrganisationId(referralId, partner.organisationId()).orElseThrow());
    }

    @Transactional
    public ReferralView moveByUnit(CurrentUser officer, UUID referralId, MoveReferral move) {
        ReferralRow row = rows.lockById(referralId).filter(r -> r.unitId().equals(officer.unitId()))
                .orElseThrow(() -> new NotFoundException("referral"));
        apply(officer, row, Referral.Side.REFERRING_UNIT, move);
        return views.forUnit(summaries.findByIdAndUnitId(referralId, officer.unitId()).orElseThrow());
    }

    /**
     * The referring unit asks the labour inspectorate it referred the case to for a joint inspection
     * ({@link Referral#requestJointInspection}), with the dates it proposes and its contact, both optional.
     */
    @Transactional
    public ReferralView requestJointInspection(CurrentUser officer, UUID referralId, RequestJointInspection request) {
        ReferralRow row = rows.lockById(referralId).filter(r -> r.unitId().equals(officer.unitId()))
                .orElseThrow(() -> new NotFoundException("referral"));
        JointInspection current = jointInspection(row);
        OrganisationType partner = organisations.findById(row.organisationId()).orElseThrow().type();
        List<String> withheld = rows.findWorkplaceWithheld(row.id()).filter(codes -> !codes.isEmpty())
                .map(codes -> List.of(codes.split(","))).orElse(List.of());
        if (referral(row).requestJointInspection(partner, current, withheld, request.dates(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                instanceof Refused refused) {
            throw refusal(refused);
        }
        moveJointInspection(officer, row, current, JointInspection.REQUESTED, null, null);
        String dates = request.dates().isEmpty() ? null : String.join(",", request.dates().stream().map(LocalDate::toString).toList());
        String contact = request.contactOrNull();
        rows.setJointInspectionRequest(row.id(), dates, contact == null ? null
                : texts.seal(row.screeningId(), ReferralViews.jointInspectionContactField(row.id()), contact));
        return views.forUnit(summaries.findByIdAndUnitId(referralId, officer.unitId()).orElseThrow());
    }

    /** The inspectorate agrees to a requested joint inspection with a date, or declines it with a reason. */
    @Transactional
    public ReferralView answerJointInspection(CurrentUser partner, UUID referralId, AnswerJointInspection answer) {
        ReferralRow row = rows.lockById(referralId).filter(r -> r.organisationId().equals(partner.organisationId()))
                .orElseThrow(() -> new NotFoundException("referral"));
        JointInspection current = jointInspection(row);
        String reason = answer.reason() == null || answer.reason().isBlank() ? null : answer.reason().strip();
        Decision decision = switch (answer.answer()) {
            case AGREED -> referral(row).agreeJointInspection(current, answer.date(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            case DECLINED -> referral(row).declineJointInspection(current, reason);
            case REQUESTED -> new Refused("referral.joint-inspection-answer", "answer", "must be AGREED or DECLINED");
        };
        if (decision instanceof Refused refused) {
            throw refusal(refused);
        }
        moveJointInspection(partner, row, current, answer.answer(), answer.answer() == JointInspection.AGREED ? answer.date() : null,
                answer.answer() == JointInspection.DECLINED ? reason : null);
        return views.forPartner(summaries.findByIdAndOrganisationId(referralId, partner.organisationId()).orElseThrow());
    }

    private void moveJointInspection(CurrentUser user, ReferralRow row, JointInspection current, JointInspection next, LocalDate date,
                                     String reason) {
        byte[] sealed = reason == null ? null : texts.seal(row.screeningId(), ReferralViews.jointInspectionField(row.id()), reason);
        if (rows.moveJointInspection(row.id(), next.name(), date, sealed, row.version()) == 0) {
            throw new ConflictException("referral.changed", "The referral changed meanwhile; read it again before moving it.");
        }
        audit.record(new AuditEvent(user.id(), user.role().name(), user.unitId(), user.organisationId(), AuditAction.UPDATE, "referral",
                row.id().toString(), "joint inspection " + (current == null ? "none" : current) + " -> " + next
                + (date == null ? "" : " on " + date)));
    }

    private JointInspection jointInspection(ReferralRow row) {
        return rows.findJointInspection(row.id()).filter(state -> !state.isEmpty()).map(JointInspection::valueOf).orElse(null);
    }

    private void apply(CurrentUser user, ReferralRow row, Referral.Side side, MoveReferral move) {
        Referral referral = referral(row);
        String reason = move.reason() == null || move.reason().isBlank() ? null : move.reason().strip();
        if (referral.status() == move.status() && isRepeat(row, move, reason)) {
            return;
        }
        PartnerOutcomes results = move.partnerOutcomes();
        if (referral.move(side, move.status(), move.outcome(), reason, results) instanceof Refused refused) {
            throw refusal(refused);
        }
        if (!results.results().isEmpty()
                && results.checkFor(organisations.findById(row.organisationId()).orElseThrow().type()) instanceof Refused refused) {
            throw refusal(refused);
        }
        Referral moved = referral.after(move.status(), move.outcome());
        String outcome = moved.outcome() == null ? null : moved.outcome().name();
        if (rows.move(row.id(), moved.status().name(), outcome, referral.version()) == 0) {
            throw new ConflictException("referral.changed", "The referral changed meanwhile; read it again before moving it.");
        }
        results.results().stream().sorted().forEach(result -> rows.addResult(row.id(), result.name()));
        if (results.wageArrears() != null) {
            rows.setWageArrears(row.id(), results.wageArrears().name());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        events.save(new ReferralEventRow(null, row.id(), moved.status().name(), outcome, null, user.id(), user.role().name(), now,
                texts.seal(row.screeningId(), ReferralViews.reasonField(row.id()), reason)));
        audit.record(new AuditEvent(user.id(), user.role().name(), user.unitId(), user.organisationId(), AuditAction.UPDATE, "referral",
                row.id().toString(), "status " + referral.status() + " -> " + moved.status()
                + (results.isEmpty() ? "" : " with results " + results.results().stream().sorted().toList()
                + (results.wageArrears() == null ? "" : ", wage arrears " + results.wageArrears()))));
    }

    /** The row as the lifecycle sees it. */
    private static Referral referral(ReferralRow row) {
        return new Referral(row.id(), ReferralStatus.of(row), row.outcome() == null ? null : ClosingOutcome.valueOf(row.outcome()),
                row.version());
    }

    /**
     * A move to a status the referral cannot take now is a conflict; a joint inspection of a workplace the packet left out
     * breaks a rule (422); a missing or stray detail is invalid input.
     */
    private static RuntimeException refusal(Refused refused) {
        if ("referral.joint-inspection-workplace-withheld".equals(refused.code())) {
            return refused.violation();
        }
        if ("referral.transition-not-allowed".equals(refused.code()) || "referral.joint-inspection-not-allowed".equals(refused.code())) {
            return new ConflictException(refused.code(), "This move is not allowed: " + refused.reason() + ".");
        }
        return InvalidInputException.of(refused.field(), refused.reason());
    }

    private boolean isRepeat(ReferralRow referral, MoveReferral move, String reason) {
        return events.findFirstByReferralIdOrderByIdDesc(referral.id())
                .filter(last -> last.status().equals(move.status().name()))
                .filter(last -> Objects.equals(last.outcome(), move.outcome() == null ? null : move.outcome().name()))
                .filter(last -> Objects.equals(views.reason(referral.screeningId(), last), reason))
                .isPresent();
    }
}
