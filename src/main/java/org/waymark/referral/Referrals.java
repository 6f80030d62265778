package org.waymark.referral;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LegalFrame;
import org.waymark.identity.Unit;
import org.waymark.identity.Units;
import org.waymark.identity.security.CurrentUser;
import org.waymark.referral.persistence.OutboxRow;
import org.waymark.referral.persistence.OutboxRows;
import org.waymark.referral.persistence.ReferralEventRow;
import org.waymark.referral.persistence.ReferralEventRows;
import org.waymark.referral.persistence.ReferralRow;
import org.waymark.referral.persistence.ReferralRows;
import org.waymark.referral.persistence.ReferralSummaryRows;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Screenings;
import org.waymark.shared.ConflictException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Sha256;
import org.waymark.signing.ServiceKeys;
import org.waymark.workplace.WorkplaceFacts;
import org.waymark.workplace.WorkplaceFactsRecords;
import org.waymark.workplace.AnonymousNotification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Referring completed screenings: the packet, its row, its first event, its outbox entry and its audit entry
 * are written in one transaction, so a referral is never half made. Creation is idempotent under the client's id;
 * a screening has at most one referral per partner that has not ended, and a training screening has none.
 */
@Singleton
public class Referrals {

    private final ReferralRows rows;
    private final ReferralSummaryRows summaries;
    private final ReferralEventRows events;
    private final OutboxRows outbox;
    private final Partners partners;
    private final Screenings screenings;
    private final CatalogueLibrary catalogues;
    private final Units units;
    private final ServiceKeys serviceKeys;
    private final PacketBuilder builder;
    private final ReferralViews views;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkplaceFactsRecords workplace;
    private final LegalFrame legalFrame;
    private final HelpDirectory help;

    Referrals(ReferralRows rows, ReferralSummaryRows summaries, ReferralEventRows events, OutboxRows outbox, Partners partners,
              Screenings screenings, CatalogueLibrary catalogues, Units units, ServiceKeys serviceKeys, PacketBuilder builder,
              ReferralViews views, AuditTrail audit, Clock clock, WorkplaceFactsRecords workplace, LegalFrame legalFrame,
              HelpDirectory help) {
        this.workplace = workplace;
        this.legalFrame = legalFrame;
        this.help = help;
        this.rows = rows;
        this.summaries = summaries;
        this.events = events;
        this.outbox = outbox;
        this.partners = partners;
        this.screenings = screenings;
        this.catalogues = catalogues;
        this.units = units;
        this.serviceKeys = serviceKeys;
        this.builder = builder;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** The referral and whether this call made it. */
    public record Created(ReferralView referral, boolean created) {
    }

    @Transactional
    public Created create(CurrentUser officer, UUID screeningId, CreateReferral request) {
        // the officer's note may identify the person: it stays out of the stored hash, so a retry is judged without it
        String hash = Sha256.hex(screeningId + "|" + request.partnerId() + "|" + language(request) + "|" + (request.note() != null));
        rows.lockId(request.id().toString());
        var existing = rows.findById(request.id());
        if (existing.isPresent()) {
            if (!existing.get().unitId().equals(officer.unitId()) || !existing.get().requestHash().equals(hash)) {
                throw new ConflictException("referral.id-in-use", "This referral id was already used for a different request.");
            }
            return new Created(views.forUnit(summaries.findByIdAndUnitId(request.id(), officer.unitId()).orElseThrow()), false);
        }
        ScreeningView screening = screenings.view(officer, screeningId);
        ReferralSubject subject = ReferralSubject.of(screening);
        if (ReferralRules.referable(subject, language(request)) instanceof Refused refused) {
            throw refused.exception();
        }
        Catalogue catalogue = catalogueOf(screening);
        Partners.Recipient recipient = partners.recipient(request.partnerId());
        refuseSecondOpenReferral(officer, screeningId, request.partnerId());
        Addressing addressing = ReferralRules.addressing(recipient.organisation().type(), subject);
        if (addressing instanceof Refused refused) {
            throw refused.violation();
        }
        store(officer, request, hash, new PacketInput(request.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS), language(request),
                screening, catalogue, units.findById(officer.unitId()).orElseThrow(), officer.username(), recipient.organisation(),
                recipient.key(), addressing instanceof Addressing.Named, subject.minor(), request.note(), workplaceFacts(officer, screening.id()),
                legalFrame, help.nextStepsSource()), recipient);
        return new Created(views.forUnit(summaries.findByIdAndUnitId(request.id(), officer.unitId()).orElseThrow()), true);
    }

    /** {@link ReferralRules#oneOpenReferralPerPartner}, answered with the open one; the lock holds until the transaction ends. */
    private void refuseSecondOpenReferral(CurrentUser officer, UUID screeningId, UUID partnerId) {
        rows.lockId(screeningId + "|" + partnerId);
        var toPartner = summaries.findByScreeningIdAndUnitIdOrderByCreatedAt(screeningId, officer.unitId()).stream()
                .filter(r -> r.organisationId().equals(partnerId)).toList();
        if (ReferralRules.oneOpenReferralPerPartner(toPartner.stream().map(r -> ReferralStatus.of(r)).toList())
                instanceof Refused refused) {
            throw refused.exception(views.forUnit(toPartner.stream().filter(r -> !ReferralStatus.of(r).isFinal())
                    .findFirst().orElseThrow()));
        }
    }

    /** Seals the packet and writes its row, first event, outbox entry and audit entry. */
    private void store(CurrentUser officer, CreateReferral request, String hash, PacketInput input, Partners.Recipient recipient) {
        ServiceKeys.Current signer = serviceKeys.current();
        PacketBuilder.Sealed packet = builder.build(input, signer.key());
        Instant now = input.createdAt();
        rows.save(new ReferralRow(request.id(), hash, input.screening().id(), officer.unitId(), recipient.organisation().id(),
                recipient.keyRow().id(), signer.id(), recipient.key().format().name(), ReferralStatus.SENT.name(), null, input.named(),
                input.minor(), packet.document().urgency().name(), input.language(), officer.id(), now, 0, packet.ciphertext(),
                packet.sha256(), packet.ciphertext().length, recipient.key().fingerprint(), null));
        List<String> withheld = packet.document().labourInspectorate().withheld().stream().filter(AnonymousNotification.Warning::withholdsPlace).toList();
        if (!withheld.isEmpty()) {
            rows.setWorkplaceWithheld(request.id(), String.join(",", withheld));
        }
        events.save(new ReferralEventRow(null, request.id(), ReferralStatus.SENT.name(), null, null, officer.id(), officer.role().name(), now, null));
        outbox.save(new OutboxRow(request.id(), now, now, 0, null, null));
        audit.record(new AuditEvent(officer.id(), officer.role().name(), officer.unitId(), null, AuditAction.REFER, "referral",
                request.id().toString(), "screening " + input.screening().id() + " to organisation " + recipient.organisation().id()
                        + (input.named() ? " (named)" : " (anonymous)")));
    }

    /** The referrals of one screening of the officer's unit; reading what a partner reported they led to is audited. */
    @Transactional
    public List<ReferralView> ofScreening(CurrentUser officer, UUID screeningId) {
        return summaries.findByScreeningIdAndUnitIdOrderByCreatedAt(screeningId, officer.unitId()).stream().map(views::forUnit)
                .map(view -> auditedResults(officer, view)).toList();
    }

    /** Every referral of the officer's unit, by the screening it came from (one query, for the unit's case list). */
    @Transactional
    public java.util.Map<UUID, List<ReferralView>> ofUnit(CurrentUser officer) {
        return summaries.findByUnitIdOrderByCreatedAt(officer.unitId()).stream().map(views::forUnit)
                .filter(r -> r.screeningId() != null)
                .collect(java.util.stream.Collectors.groupingBy(ReferralView::screeningId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    /** One referral of the officer's unit; another unit's is not found. Reading the partner's results is audited. */
    @Transactional
    public ReferralView get(CurrentUser officer, UUID referralId) {
        return auditedResults(officer,
                views.forUnit(summaries.findByIdAndUnitId(referralId, officer.unitId()).orElseThrow(() -> new NotFoundException("referral"))));
    }

    /** What the referral led to is case data: each read of it by the referring unit is audited, codes only. */
    private ReferralView auditedResults(CurrentUser officer, ReferralView view) {
        if (view.hasResults()) {
            audit.record(new AuditEvent(officer.id(), officer.role().name(), officer.unitId(), null, AuditAction.READ, "referral",
                    view.id().toString(), "partner results"));
        }
        return view;
    }

    private WorkplaceFacts workplaceFacts(CurrentUser officer, UUID screeningId) {
        WorkplaceFactsRecords.Recorded recorded = workplace.read(officer, screeningId, WorkplaceFactsRecords.Purpose.REFERRAL);
        return recorded.recorded() ? recorded.facts() : null;
    }

    private Catalogue catalogueOf(ScreeningView screening) {
        String[] reference = screening.catalogue().split("@", 2);
        return catalogues.find(reference[0], reference[1]).orElseThrow();
    }

    private static String language(CreateReferral request) {
        return request.language() == null ? "en" : request.language();
    }
}
