package org.waymark.referral;

import jakarta.inject.Singleton;
import org.waymark.identity.Organisation;
import org.waymark.identity.Organisations;
import org.waymark.identity.Unit;
import org.waymark.identity.Units;
import org.waymark.referral.persistence.OutboxRows;
import org.waymark.referral.persistence.PartnerRow;
import org.waymark.referral.persistence.PartnerRows;
import org.waymark.referral.persistence.ReferralEventRow;
import org.waymark.referral.persistence.ReferralEventRows;
import org.waymark.referral.persistence.ReferralRows;
import org.waymark.screening.CaseTexts;
import org.waymark.referral.persistence.ReferralSummaryRow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Builds what the referring unit and the partner see of a referral. */
@Singleton
class ReferralViews {

    private final ReferralEventRows events;
    private final OutboxRows outbox;
    private final Organisations organisations;
    private final PartnerRows partners;
    private final CaseTexts texts;
    private final ReferralRows referrals;
    private final Units units;

    ReferralViews(ReferralEventRows events, OutboxRows outbox, Organisations organisations, PartnerRows partners, CaseTexts texts,
                  ReferralRows referrals, Units units) {
        this.units = units;
        this.texts = texts;
        this.referrals = referrals;
        this.events = events;
        this.outbox = outbox;
        this.organisations = organisations;
        this.partners = partners;
    }

    ReferralView forUnit(ReferralSummaryRow row) {
        return view(row, true);
    }

    /** The partner's view leaves out the internal screening id. */
    ReferralView forPartner(ReferralSummaryRow row) {
        return view(row, false);
    }

    private ReferralView view(ReferralSummaryRow row, boolean unit) {
        Organisation partner = organisations.findById(row.organisationId()).orElseThrow();
        List<ReferralView.Event> history = events.findByReferralIdOrderById(row.id()).stream()
                .map(e -> new ReferralView.Event(ReferralStatus.of(e), e.outcome() == null ? null : ClosingOutcome.valueOf(e.outcome()),
                        reason(row.screeningId(), e), e.actorRole(), e.at()))
                .toList();
        boolean pushed = partners.findById(row.organisationId()).map(PartnerRow::pushEndpoint).isPresent();
        ReferralView.Delivery delivery = pushed ? outbox.findById(row.id())
                .map(o -> new ReferralView.Delivery(o.attempts(), o.deliveredAt(), o.deliveredAt() == null ? o.nextAttemptAt() : null))
                .orElse(null) : null;
        return new ReferralView(row.id(), caseReference(row), unit ? row.screeningId() : null, partner.id(), partner.name(),
                partner.type().name(), row.format(), ReferralStatus.of(row),
                row.outcome() == null ? null : ClosingOutcome.valueOf(row.outcome()), row.named(), row.minor(), Urgency.valueOf(row.urgency()),
                row.language(), row.createdAt(), row.packetSha256(), row.packetSize(), row.keyFingerprint(), history, delivery,
                row.jointInspection() == null ? null : JointInspection.valueOf(row.jointInspection()), row.jointInspectionDate(),
                row.jointInspectionReasonSealed() == null ? null
                        : texts.open(row.screeningId(), jointInspectionField(row.id()), row.jointInspectionReasonSealed()),
                referrals.findResults(row.id()).stream().map(PartnerResult::valueOf).toList(),
                row.wageArrears() == null ? null : WageArrears.valueOf(row.wageArrears()),
                row.workplaceWithheld() == null ? List.of() : List.of(row.workplaceWithheld().split(",")), jointInspectionRequest(row));
    }

    /** What the unit asked the inspectorate with, once it asked: its name, the dates it proposed and its contact. */
    private ReferralView.JointInspectionRequest jointInspectionRequest(ReferralSummaryRow row) {
        if (row.jointInspection() == null) {
            return null;
        }
        List<LocalDate> dates = row.jointInspectionProposedDates() == null ? List.of()
                : Stream.of(row.jointInspectionProposedDates().split(",")).map(LocalDate::parse).toList();
        String contact = row.jointInspectionContactSealed() == null ? null
                : texts.open(row.screeningId(), jointInspectionContactField(row.id()), row.jointInspectionContactSealed());
        return new ReferralView.JointInspectionRequest(units.findById(row.unitId()).map(Unit::name).orElse(null), dates, contact);
    }

    /** A move's reason: sealed under the screening's key (none once purged), or plain if recorded before V22. */
    String reason(UUID screeningId, ReferralEventRow event) {
        return event.reasonSealed() == null ? event.reason() : texts.open(screeningId, reasonField(event.referralId()), event.reasonSealed());
    }

    /** Where (for {@link CaseTexts}) the reasons of a referral's moves are sealed. */
    static String reasonField(UUID referralId) {
        return "referral/" + referralId + "/reason";
    }

    /** Where (for {@link CaseTexts}) the reason a joint inspection was declined is sealed. */
    static String jointInspectionField(UUID referralId) {
        return "referral/" + referralId + "/joint-inspection";
    }

    /** Where (for {@link CaseTexts}) the requesting unit's contact for a joint inspection is sealed. */
    static String jointInspectionContactField(UUID referralId) {
        return "referral/" + referralId + "/joint-inspection-contact";
    }

    static String caseReference(ReferralSummaryRow row) {
        return CaseReference.of(row.id(), row.createdAt());
    }
}
