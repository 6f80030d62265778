package org.waymark.referral;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditTrail;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.LegalFrame;
import org.waymark.crypto.OpenPgpKeys;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.crypto.RecipientKey;
import org.waymark.identity.Organisation;
import org.waymark.identity.OrganisationType;
import org.waymark.identity.Units;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Screenings;
import org.waymark.shared.ConflictException;
import org.waymark.shared.RuleViolationException;
import org.waymark.signing.ServiceKeys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The built-in practice partner, where a training screening is referred instead of a real partner: the packet is made
 * by the real packet builder, signed with the service key and sealed to the practice partner's own OpenPGP key pair
 * (made once per running instance), whose secret half goes out with the packet so a trainee can open it with GnuPG as a
 * partner would. Nothing is stored:
 * no referral row, no outbox entry, no partner inbox, nothing for statistics and nothing that would keep the screening
 * from its retention period. Each packet made is audited as {@code practice_referral}, apart from real referrals.
 */
@Singleton
public class PracticePartner {

    /** The practice partner: not an organisation of the directory, never stored. */
    static final Organisation ORGANISATION = new Organisation(UUID.nameUUIDFromBytes("waymark:practice-partner".getBytes(StandardCharsets.UTF_8)),
            "practice-partner", "Waymark practice partner (built in, for training only)", OrganisationType.VICTIM_SUPPORT_NGO);

    private final Screenings screenings;
    private final CatalogueLibrary catalogues;
    private final Units units;
    private final ServiceKeys serviceKeys;
    private final PacketBuilder builder;
    private final AuditTrail audit;
    private final Clock clock;
    private final LegalFrame legalFrame;
    private final HelpDirectory help;
    private final PartnerKeyGenerator generator;
    private volatile Keys keys;

    PracticePartner(Screenings screenings, CatalogueLibrary catalogues, Units units, ServiceKeys serviceKeys, PacketBuilder builder,
                    AuditTrail audit, Clock clock, LegalFrame legalFrame, HelpDirectory help, SecureRandom random) {
        this.screenings = screenings;
        this.catalogues = catalogues;
        this.units = units;
        this.serviceKeys = serviceKeys;
        this.builder = builder;
        this.audit = audit;
        this.clock = clock;
        this.legalFrame = legalFrame;
        this.help = help;
        this.generator = new PartnerKeyGenerator(random);
    }

    /** The practice key pair, made once per running service; the secret half is published on purpose. */
    private record Keys(RecipientKey key, String secretKey) {
    }

    /**
     * A sealed practice packet and the secret key that opens it (armoured OpenPGP, no passphrase: a training key that opens
     * only practice packets), handed out together so that any instance's packet comes with its own key.
     */
    public record Delivery(byte[] packet, String secretKey) {
        @Override
        public String toString() {
            return "Delivery[" + packet.length + " bytes]";
        }
    }

    /**
     * A packet for the practice partner from a completed training screening of the officer's unit, anonymous (a practice
     * screening keeps no person), in {@code language}. A real screening is refused: it goes only to a real partner.
     */
    @Transactional
    public Delivery packet(CurrentUser officer, UUID screeningId, String language) {
        Keys practice = keys();
        ScreeningView screening = screenings.view(officer, screeningId);
        if (!screening.training()) {
            throw new RuleViolationException("referral.not-training", "screeningId",
                    "is a real screening: only a training screening goes to the practice partner");
        }
        if (screening.status() != ScreeningStatus.COMPLETED) {
            throw new ConflictException("referral.screening-not-completed", "Only a completed screening can be referred.");
        }
        String[] reference = screening.catalogue().split("@", 2);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PacketInput input = new PacketInput(UUID.randomUUID(), now, PacketLabels.LANGUAGES.contains(language) ? language : "en", screening,
                catalogues.find(reference[0], reference[1]).orElseThrow(), units.findById(officer.unitId()).orElseThrow(), officer.username(),
                ORGANISATION, practice.key(), false, ReferralSubject.of(screening).minor(), null, null, legalFrame,
                help.nextStepsSource());
        byte[] packet = builder.build(input, serviceKeys.current().key()).ciphertext();
        audit.record(new AuditEvent(officer.id(), officer.role().name(), officer.unitId(), null, AuditAction.EXPORT, "practice_referral",
                screeningId.toString(), "practice packet for the built-in practice partner"));
        return new Delivery(packet, practice.secretKey());
    }

    private Keys keys() {
        Keys made = keys;
        if (made == null) {
            synchronized (this) {
                if (keys == null) {
                    PartnerKeyGenerator.KeyFiles files = generator.openPgp("Waymark practice partner <practice@waymark.invalid>",
                            clock.instant().minus(Duration.ofMinutes(1)), Duration.ZERO);
                    keys = new Keys(OpenPgpKeys.recipient(files.publicKey().getBytes(StandardCharsets.US_ASCII), clock.instant()), files.secretKey());
                }
                made = keys;
            }
        }
        return made;
    }
}
