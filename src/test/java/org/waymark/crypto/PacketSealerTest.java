package org.waymark.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.testing.FlawedKeys;
import org.waymark.testing.StandardTools;
import org.waymark.testing.StandardTools.GnuPg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PacketSealerTest {

    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    final SecureRandom random = new SecureRandom();
    final ServiceKey service = ServiceKey.generate("Waymark test", Instant.now(), Duration.ofDays(365), random);
    final PartnerKeyGenerator generator = new PartnerKeyGenerator(random);
    final PartnerKeyGenerator.KeyFiles ngo = generator.openPgp("Demo NGO <referrals@ngo.invalid>", NOW.minusSeconds(60), Duration.ZERO);
    final PartnerKeyGenerator.KeyFiles inspectorate = generator.x509Rsa("Demo inspectorate", 3072, NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(3650)));
    final PartnerKeyGenerator.KeyFiles ecPartner = generator.x509Ec("EC partner", "secp256r1", NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(3650)));
    final PacketSealer sealer = new PacketSealer(random);
    final byte[] contents = "Zgłoszenie — заява — referral\n".repeat(40).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    enum Format { OPENPGP, CMS_RSA, CMS_EC }

    @Test
    void gnuPgDecryptsAnOpenPgpPacketAndVerifiesTheServiceSignature() throws Exception {
        Path packet = write("packet.pgp", seal(Format.OPENPGP));
        write("partner-secret.asc", ngo.secretKey().getBytes(StandardCharsets.US_ASCII));
        write("service.asc", service.openPgpPublicKeyArmoured().getBytes(StandardCharsets.US_ASCII));
        try (GnuPg gpg = new GnuPg(directory)) {
            StandardTools.Result imported = gpg.run("--import", "partner-secret.asc", "service.asc");
            assertThat(imported.exitCode()).as(imported.errors()).isZero();

            StandardTools.Result decrypted = gpg.run("--status-fd", "1", "--output", "out.bin", "--decrypt", packet.toString());

            assertThat(decrypted.exitCode()).as(decrypted.errors()).isZero();
            assertThat(decrypted.output()).contains("[GNUPG:] VALIDSIG " + service.openPgpFingerprint())
                    .contains("[GNUPG:] DECRYPTION_OKAY").contains("[GNUPG:] GOODMDC");
            assertThat(Files.readAllBytes(directory.resolve("out.bin"))).isEqualTo(contents);
        }
    }

    @Test
    void gnuPgRefusesAChangedOpenPgpPacket() throws Exception {
        byte[] sealed = seal(Format.OPENPGP);
        sealed[sealed.length - 40] ^= 0x01;
        Path packet = write("packet.pgp", sealed);
        write("partner-secret.asc", ngo.secretKey().getBytes(StandardCharsets.US_ASCII));
        try (GnuPg gpg = new GnuPg(directory)) {
            gpg.run("--import", "partner-secret.asc");

            StandardTools.Result decrypted = gpg.run("--output", "out.bin", "--decrypt", packet.toString());

            assertThat(decrypted.exitCode()).isNotZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"CMS_RSA", "CMS_EC"})
    void openSslDecryptsACmsPacketAndVerifiesTheServiceSignature(Format format) throws Exception {
        write("packet.p7m", seal(format));
        write("partner-key.pem", (format == Format.CMS_RSA ? inspectorate : ecPartner).secretKey().getBytes(StandardCharsets.US_ASCII));
        write("service.pem", service.certificatePem().getBytes(StandardCharsets.US_ASCII));

        StandardTools.Result decrypted = openssl("cms", "-decrypt", "-inform", "DER", "-in", "packet.p7m", "-inkey", "partner-key.pem",
                "-out", "signed.p7s");
        assertThat(decrypted.exitCode()).as(decrypted.errors()).isZero();
        StandardTools.Result verified = openssl("cms", "-verify", "-inform", "DER", "-in", "signed.p7s", "-CAfile", "service.pem",
                "-out", "out.bin");

        assertThat(verified.exitCode()).as(verified.errors()).isZero();
        assertThat(verified.errors()).contains("Verification successful");
        assertThat(Files.readAllBytes(directory.resolve("out.bin"))).isEqualTo(contents);
    }

    @Test
    void openSslExitsNonZeroOnAChangedCmsPacketThoughItWritesOutputAsTheRecipientGuideWarns() throws Exception {
        byte[] sealed = seal(Format.CMS_RSA);
        sealed[sealed.length - 100] ^= 0x01;
        write("packet.p7m", sealed);
        write("partner-key.pem", bytes(inspectorate.secretKey()));

        StandardTools.Result decrypted = openssl("cms", "-decrypt", "-inform", "DER", "-in", "packet.p7m", "-inkey", "partner-key.pem",
                "-out", "out.bin");

        assertThat(decrypted.exitCode()).isEqualTo(4);
    }

    @Test
    void openSslRefusesACmsPacketSignedByAnotherServiceKey() throws Exception {
        ServiceKey impostor = ServiceKey.generate("Impostor", Instant.now(), Duration.ofDays(365), random);
        write("packet.p7m", sealer.seal(contents, "referral.zip", NOW, impostor, X509Keys.recipient(bytes(inspectorate.publicKey()), NOW)));
        write("partner-key.pem", bytes(inspectorate.secretKey()));
        write("service.pem", bytes(service.certificatePem()));
        openssl("cms", "-decrypt", "-inform", "DER", "-in", "packet.p7m", "-inkey", "partner-key.pem", "-out", "signed.p7s");

        StandardTools.Result verified = openssl("cms", "-verify", "-inform", "DER", "-in", "signed.p7s", "-CAfile", "service.pem",
                "-out", "out.bin");

        assertThat(verified.exitCode()).isNotZero();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void opensItsOwnPacketsWithThePartnersSecretKey(Format format) {
        assertThat(PacketOpener.open(seal(format), secretKey(format), signer(format))).isEqualTo(contents);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void refusesEveryFlippedByte(Format format) {
        byte[] sealed = seal(format);
        List<String> accepted = new java.util.ArrayList<>();
        for (int i = 0; i < sealed.length; i++) {
            byte[] changed = sealed.clone();
            changed[i] ^= (byte) 0x40;
            try {
                PacketOpener.open(changed, secretKey(format), signer(format));
                accepted.add(i + ": " + java.util.HexFormat.of().formatHex(sealed, Math.max(0, i - 6), Math.min(sealed.length, i + 6)));
            } catch (PacketRejectedException | KeyRejectedException refused) {
                // as it must be
            }
        }
        assertThat(accepted).as("flipped bytes of %d that were accepted", sealed.length).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void refusesAPacketForAnotherPartner(Format format) {
        PartnerKeyGenerator.KeyFiles other = switch (format) {
            case OPENPGP -> generator.openPgp("Other <o@o.invalid>", NOW, Duration.ZERO);
            case CMS_RSA -> generator.x509Rsa("Other", 3072, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)));
            case CMS_EC -> generator.x509Ec("Other", "secp256r1", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)));
        };

        assertThatThrownBy(() -> PacketOpener.open(seal(format), bytes(other.secretKey()), signer(format)))
                .isInstanceOf(PacketRejectedException.class);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void refusesAPacketSignedByAnUnknownKey(Format format) {
        ServiceKey impostor = ServiceKey.generate("Impostor", Instant.now(), Duration.ofDays(365), random);
        byte[] sealed = sealer.seal(contents, "referral.zip", NOW, impostor, recipient(format));

        assertThatThrownBy(() -> PacketOpener.open(sealed, secretKey(format), signer(format)))
                .isInstanceOf(PacketRejectedException.class).hasMessageContaining("unknown key");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aTrialSealingAcceptsAUsableKey(Format format) {
        assertThatCode(() -> sealer.trySealing(recipient(format), service, NOW)).doesNotThrowAnyException();
    }

    @Test
    void aTrialSealingRefusesACertificateWhoseRsaModulusIsEven() {
        FlawedKeys flawed = new FlawedKeys(random);
        RecipientKey even = X509Keys.recipient(bytes(flawed.issuedCertificate(flawed.evenModulusKey(3072))), NOW);
        RecipientKey sound = X509Keys.recipient(bytes(flawed.issuedCertificate(flawed.rsaKey(3072, 65_537))), NOW);

        assertThatThrownBy(() -> sealer.trySealing(even, service, NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("could not be encrypted to the key");
        assertThatCode(() -> sealer.trySealing(sound, service, NOW)).as("the same certificate with a real modulus").doesNotThrowAnyException();
    }

    @Test
    void aTrialSealingRefusesAnOpenPgpKeyWhoseRsaModulusIsEven() {
        FlawedKeys flawed = new FlawedKeys(random);
        RecipientKey even = OpenPgpKeys.recipient(bytes(flawed.openPgpWithRsaSubkey(flawed.evenModulusKey(3072), FlawedKeys.Signatures.INTACT)), NOW);
        RecipientKey sound = OpenPgpKeys.recipient(bytes(flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 65_537), FlawedKeys.Signatures.INTACT)), NOW);

        assertThatThrownBy(() -> sealer.trySealing(even, service, NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("could not be encrypted to the key");
        assertThatCode(() -> sealer.trySealing(sound, service, NOW)).as("the same key with a real modulus").doesNotThrowAnyException();
    }

    @Test
    void aRestoredServiceKeySignsAsTheOriginal() {
        ServiceKey restored = ServiceKey.restore(service.privateKeyPkcs8(), service.certificateDer(), service.openPgpPublicKey());

        assertThat(restored.openPgpFingerprint()).isEqualTo(service.openPgpFingerprint());
        assertThat(restored.certificateFingerprint()).isEqualTo(service.certificateFingerprint());
        byte[] sealed = sealer.seal(contents, "referral.zip", NOW, restored, recipient(Format.OPENPGP));
        assertThat(PacketOpener.open(sealed, secretKey(Format.OPENPGP), signer(Format.OPENPGP))).isEqualTo(contents);
    }

    private byte[] seal(Format format) {
        return sealer.seal(contents, "referral.zip", NOW, service, recipient(format));
    }

    private RecipientKey recipient(Format format) {
        return switch (format) {
            case OPENPGP -> OpenPgpKeys.recipient(bytes(ngo.publicKey()), NOW);
            case CMS_RSA -> X509Keys.recipient(bytes(inspectorate.publicKey()), NOW);
            case CMS_EC -> X509Keys.recipient(bytes(ecPartner.publicKey()), NOW);
        };
    }

    private byte[] secretKey(Format format) {
        return bytes(switch (format) {
            case OPENPGP -> ngo.secretKey();
            case CMS_RSA -> inspectorate.secretKey();
            case CMS_EC -> ecPartner.secretKey();
        });
    }

    private byte[] signer(Format format) {
        return bytes(format == Format.OPENPGP ? service.openPgpPublicKeyArmoured() : service.certificatePem());
    }

    private StandardTools.Result openssl(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        return StandardTools.run(directory, Map.of(), command);
    }

    private Path write(String name, byte[] data) throws Exception {
        return Files.write(directory.resolve(name), data);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
