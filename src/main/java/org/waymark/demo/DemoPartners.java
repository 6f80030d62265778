package org.waymark.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.crypto.OpenPgpKeys;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.crypto.ServiceKey;
import org.waymark.crypto.X509Keys;
import org.waymark.identity.Organisation;
import org.waymark.identity.Organisations;
import org.waymark.identity.security.CurrentUser;
import org.waymark.platform.config.InstanceSettings;
import org.waymark.referral.PartnerDetails;
import org.waymark.referral.PartnerView;
import org.waymark.referral.Partners;
import org.waymark.signing.ServiceKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Demo mode only: gives the demo NGO an OpenPGP key and the demo labour inspectorate an X.509 certificate,
 * writes their secret keys (and the service's public key) to {@code <data-dir>/demo-partners/} so that a demo
 * packet can be opened with gpg, openssl or {@code open-packet}, and registers the public halves. Keys are made
 * once and reused on later starts.
 */
@Singleton
@Requires(property = "waymark.mode", value = "demo")
@Order(100) // after the demo organisations exist
class DemoPartners {

    static final String NGO = "demo-ngo";
    static final String INSPECTORATE = "demo-labour-inspectorate";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPartners.class);

    private final Partners partners;
    private final Organisations organisations;
    private final DemoIdentity identity;
    private final ServiceKeys serviceKeys;
    private final PartnerKeyGenerator generator;
    private final Clock clock;
    private final Path folder;

    DemoPartners(Partners partners, Organisations organisations, DemoIdentity identity, ServiceKeys serviceKeys, SecureRandom random,
                 Clock clock, InstanceSettings instance) {
        this.partners = partners;
        this.organisations = organisations;
        this.identity = identity;
        this.serviceKeys = serviceKeys;
        this.generator = new PartnerKeyGenerator(random);
        this.clock = clock;
        this.folder = Path.of(instance.dataDir(), "demo-partners");
    }

    @EventListener
    @Transactional
    void seed(StartupEvent event) {
        Optional<CurrentUser> admin = identity.actingAs("admin");
        Optional<Organisation> ngo = organisations.findByCode(NGO);
        Optional<Organisation> inspectorate = organisations.findByCode(INSPECTORATE);
        if (admin.isEmpty() || ngo.isEmpty() || inspectorate.isEmpty()) {
            return;
        }
        CurrentUser actor = admin.get();
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            String ngoKey = keyFor(NGO + "-secret.asc", NGO + "-public.asc", () -> generator.openPgp(
                    "Demo intervention centre (NGO) <referrals@demo-ngo.invalid>", clock.instant(), Duration.ZERO));
            String inspectorateKey = keyFor(INSPECTORATE + "-key.pem", INSPECTORATE + "-cert.pem", () -> generator.x509Rsa(
                    "Demo State Labour Inspectorate", 3072, clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(3650))));
            register(actor, ngo.get(), ngoKey, OpenPgpKeys.recipient(bytes(ngoKey), clock.instant()).fingerprint());
            register(actor, inspectorate.get(), inspectorateKey, X509Keys.recipient(bytes(inspectorateKey), clock.instant()).fingerprint());
            details(actor, ngo.get(), "Demo hotline +48 000 000 000, referrals@demo-ngo.invalid");
            details(actor, inspectorate.get(), "Demo duty desk +48 000 000 001, referrals@demo-inspectorate.invalid");
            ServiceKey service = serviceKeys.current().key();
            write("waymark-service.asc", service.openPgpPublicKeyArmoured());
            write("waymark-service.pem", service.certificatePem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo partner keys under " + folder, e);
        }
        LOG.info("DEMO partner keys in {}: {}-secret.asc (OpenPGP, for gpg) and {}-key.pem (key and certificate, for openssl); "
                + "the service's public key is waymark-service.asc / waymark-service.pem", folder.toAbsolutePath().normalize(), NGO, INSPECTORATE);
    }

    /** The public key text, made together with its secret file when either file is missing. */
    private String keyFor(String secretName, String publicName, java.util.function.Supplier<PartnerKeyGenerator.KeyFiles> make)
            throws IOException {
        Path secret = folder.resolve(secretName);
        Path publicKey = folder.resolve(publicName);
        if (!Files.isRegularFile(secret) || !Files.isRegularFile(publicKey)) {
            PartnerKeyGenerator.KeyFiles files = make.get();
            write(secretName, files.secretKey());
            write(publicName, files.publicKey());
        }
        return Files.readString(publicKey, StandardCharsets.US_ASCII);
    }

    private void register(CurrentUser actor, Organisation organisation, String keyText, String fingerprint) {
        PartnerView.KeyView key = partners.get(organisation.id()).key();
        boolean current = key != null && key.fingerprint().equals(fingerprint);
        if (!current) {
            partners.registerKey(actor, organisation.id(), keyText, true); // the demo's key files are the truth
        }
    }

    private void details(CurrentUser actor, Organisation organisation, String contact) {
        if (partners.get(organisation.id()).contact() == null) {
            partners.updateDetails(actor, organisation.id(), new PartnerDetails(List.of("demo-east", "demo-south"), contact, null));
        }
    }

    private void write(String name, String content) throws IOException {
        Path temporary = Files.createTempFile(folder, name, ".tmp");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

}
