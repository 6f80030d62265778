package org.waymark.referral;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.crypto.KeyRejectedException;
import org.waymark.crypto.OpenPgpKeys;
import org.waymark.crypto.PacketSealer;
import org.waymark.crypto.RecipientKey;
import org.waymark.crypto.X509Keys;
import org.waymark.identity.Organisation;
import org.waymark.identity.Organisations;
import org.waymark.identity.Region;
import org.waymark.identity.Regions;
import org.waymark.identity.security.CurrentUser;
import org.waymark.referral.persistence.PartnerKeyRow;
import org.waymark.referral.persistence.PartnerKeyRows;
import org.waymark.referral.persistence.PartnerRow;
import org.waymark.referral.persistence.PartnerRows;
import org.waymark.scoring.Route;
import org.waymark.signing.ServiceKeys;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner organisations as referral recipients: their details (regions, contact, optional push endpoint) and
 * their public keys. A key is checked when it is registered and again whenever a packet is sealed to it.
 */
@Singleton
public class Partners {

    private final Organisations organisations;
    private final Regions regions;
    private final PartnerRows partners;
    private final PartnerKeyRows keys;
    private final AuditTrail audit;
    private final Clock clock;
    private final PushTargets pushTargets;
    private final ServiceKeys serviceKeys;
    private final PacketSealer sealer;

    Partners(Organisations organisations, Regions regions, PartnerRows partners, PartnerKeyRows keys, AuditTrail audit, Clock clock,
             PushTargets pushTargets, ServiceKeys serviceKeys, SecureRandom random) {
        this.organisations = organisations;
        this.regions = regions;
        this.partners = partners;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        this.pushTargets = pushTargets;
        this.serviceKeys = serviceKeys;
        this.sealer = new PacketSealer(random);
    }

    /** A partner and its usable key, ready to seal a packet to. */
    public record Recipient(Organisation organisation, PartnerKeyRow keyRow, RecipientKey key) {
    }

    /** Every partner, with its active key. */
    @Transactional
    public List<PartnerView> list() {
        List<PartnerView> views = new ArrayList<>();
        for (Organisation organisation : organisations.findAll()) {
            views.add(view(organisation));
        }
        views.sort(java.util.Comparator.comparing(PartnerView::name));
        return views;
    }

    /** The partners an officer can refer a case with these recommended routes to ({@link PartnerMatching}). */
    @Transactional
    public List<PartnerView> fitting(CurrentUser officer, Collection<Route> routes) {
        String region = officer.regionId() == null ? null : regions.findById(officer.regionId()).map(Region::code).orElse(null);
        return PartnerMatching.fitting(list(), routes, region);
    }

    @Transactional
    public PartnerView get(UUID organisationId) {
        return view(organisation(organisationId));
    }

    @Transactional
    public List<PartnerView.KeyView> keyHistory(UUID organisationId) {
        organisation(organisationId);
        return keys.findByOrganisationIdOrderByAddedAtDesc(organisationId).stream().map(this::keyView).toList();
    }

    /**
     * Registers a new public key for the partner (OpenPGP armoured or binary, or an X.509 certificate in PEM or DER)
     * and retires the one it replaces. New packets use the new key; packets already made stay as they were.
     * The key must pass every check and take a trial packet. When the partner has an active key, the administrator
     * must confirm its retirement ({@code replaceCurrentKey}); without that nothing changes and the answer names the
     * key that would be retired.
     */
    @Transactional
    public PartnerView.KeyView registerKey(CurrentUser admin, UUID organisationId, String keyText, boolean replaceCurrentKey) {
        organisation(organisationId);
        RecipientKey key = check(keyText == null ? "" : keyText);
        keys.lockOrganisation(organisationId);
        Optional<PartnerKeyRow> current = keys.findByOrganisationIdAndRetiredAtIsNull(organisationId);
        if (current.isPresent() && !replaceCurrentKey) {
            throw new ConflictException("partner.key-replacement-unconfirmed", "Registering this key retires the partner's current key "
                    + current.get().fingerprint() + "; confirm with replaceCurrentKey to go ahead.", keyView(current.get()));
        }
        Instant now = clock.instant();
        keys.retireActive(organisationId, now);
        PartnerKeyRow row = keys.save(new PartnerKeyRow(UUID.randomUUID(), organisationId, key.format().name(), key.text(),
                key.fingerprint(), key.algorithm(), key.expiresAt().orElse(null), now, admin.id(), null));
        audit.record(new AuditEvent(admin.id(), admin.role().name(), admin.unitId(), admin.organisationId(), AuditAction.UPDATE,
                "partner-key", row.id().toString(), "key " + key.fingerprint() + " registered for organisation " + organisationId
                + current.map(retired -> ", retiring key " + retired.fingerprint() + " (confirmed)").orElse("")));
        return keyView(row);
    }

    /** What an administrator last set about the partner (regions, contact, push endpoint), to edit it. */
    public PartnerDetails details(UUID organisationId) {
        PartnerView view = view(organisation(organisationId));
        return new PartnerDetails(view.regions(), view.contact(), partners.findById(organisationId).map(PartnerRow::pushEndpoint).orElse(null));
    }

    /** Sets where the partner works, how to reach it and (optionally) where to push packets. */
    @Transactional
    public PartnerView updateDetails(CurrentUser admin, UUID organisationId, PartnerDetails details) {
        Organisation organisation = organisation(organisationId);
        List<UUID> regionIds = new ArrayList<>();
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        for (String code : details.regions()) {
            regions.findByCode(code).map(Region::id).ifPresentOrElse(regionIds::add,
                    () -> problems.add(new InvalidInputException.Violation("regions", "contains an unknown region code")));
        }
        String refusal = details.pushEndpoint() == null ? null : pushTargets.refusal(details.pushEndpoint());
        if (refusal != null) {
            problems.add(new InvalidInputException.Violation("pushEndpoint", refusal));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        partners.upsert(organisationId, details.contact(), details.pushEndpoint() == null ? null : PushTargets.normalised(details.pushEndpoint()),
                clock.instant());
        partners.clearRegions(organisationId);
        regionIds.stream().distinct().forEach(region -> partners.addRegion(organisationId, region));
        audit.record(new AuditEvent(admin.id(), admin.role().name(), admin.unitId(), admin.organisationId(), AuditAction.UPDATE,
                "partner", organisationId.toString(), "partner details"));
        return view(organisation);
    }

    /** The partner and its active key, checked again now; a partner without a usable key cannot receive referrals. */
    Recipient recipient(UUID organisationId) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> InvalidInputException.of("partnerId", "is not a known partner"));
        PartnerKeyRow row = keys.findByOrganisationIdAndRetiredAtIsNull(organisationId)
                .orElseThrow(() -> new RuleViolationException("referral.partner-without-key", "partnerId", "has no registered key"));
        try {
            return new Recipient(organisation, row, parse(row.format(), row.keyText()));
        } catch (KeyRejectedException e) {
            throw new RuleViolationException("referral.partner-key-unusable", "partnerId", "has no usable key: " + e.getMessage());
        }
    }

    Optional<String> pushEndpoint(UUID organisationId) {
        return partners.findById(organisationId).map(PartnerRow::pushEndpoint);
    }

    private RecipientKey check(String keyText) {
        String format = keyText.contains("-----BEGIN CERTIFICATE-----") ? "X509"
                : keyText.contains("-----BEGIN PGP") ? "OPENPGP" : null;
        if (format == null) {
            throw InvalidInputException.of("key", "must be an armoured OpenPGP public key or a PEM X.509 certificate");
        }
        try {
            RecipientKey key = parse(format, keyText);
            sealer.trySealing(key, serviceKeys.current().key(), clock.instant());
            return key;
        } catch (KeyRejectedException e) {
            throw InvalidInputException.of("key", "is refused: " + e.getMessage());
        }
    }

    private RecipientKey parse(String format, String keyText) {
        byte[] material = keyText.getBytes(StandardCharsets.US_ASCII);
        return "OPENPGP".equals(format) ? OpenPgpKeys.recipient(material, clock.instant()) : X509Keys.recipient(material, clock.instant());
    }

    private Organisation organisation(UUID organisationId) {
        return organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("partner"));
    }

    private PartnerView view(Organisation organisation) {
        Optional<PartnerRow> details = partners.findById(organisation.id());
        List<String> regionCodes = partners.findRegions(organisation.id()).stream()
                .map(id -> regions.findById(id).map(Region::code).orElse(id.toString())).sorted().toList();
        PartnerView.KeyView key = keys.findByOrganisationIdAndRetiredAtIsNull(organisation.id()).map(this::keyView).orElse(null);
        return new PartnerView(organisation.id(), organisation.code(), organisation.name(), organisation.type(), regionCodes,
                details.map(PartnerRow::contact).orElse(null), details.map(PartnerRow::pushEndpoint).isPresent(), key);
    }

    private PartnerView.KeyView keyView(PartnerKeyRow row) {
        boolean usable;
        try {
            usable = row.retiredAt() == null && parse(row.format(), row.keyText()) != null;
        } catch (KeyRejectedException e) {
            usable = false;
        }
        return new PartnerView.KeyView(row.id(), row.format(), row.fingerprint(), row.algorithm(), row.expiresAt(), row.addedAt(),
                row.retiredAt(), usable);
    }
}
