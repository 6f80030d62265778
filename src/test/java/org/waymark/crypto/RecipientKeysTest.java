package org.waymark.crypto;

import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.FlawedKeys;
import org.waymark.testing.StandardTools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipientKeysTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final SecureRandom random = new SecureRandom();
    final PartnerKeyGenerator generator = new PartnerKeyGenerator(random);
    final FlawedKeys flawed = new FlawedKeys(random);

    @TempDir
    Path directory;

    @Test
    void acceptsACurve25519OpenPgpKeyAndShowsTheFingerprintGnuPgShows() throws Exception {
        PartnerKeyGenerator.KeyFiles key = generator.openPgp("NGO <ngo@ngo.invalid>", NOW, Duration.ofDays(365));

        RecipientKey.OpenPgp accepted = OpenPgpKeys.recipient(bytes(key.publicKey()), NOW);

        assertThat(accepted.algorithm()).isEqualTo("Curve25519");
        assertThat(accepted.expiresAt()).contains(NOW.plus(Duration.ofDays(365)));
        Files.writeString(directory.resolve("key.asc"), key.publicKey());
        try (StandardTools.GnuPg gpg = new StandardTools.GnuPg(directory)) {
            StandardTools.Result shown = gpg.run("--with-colons", "--import-options", "show-only", "--import", "key.asc");
            assertThat(shown.output()).contains("fpr:::::::::" + accepted.fingerprint() + ":");
        }
    }

    @Test
    void acceptsAnRsa3072CertificateAndShowsTheFingerprintOpenSslShows() throws Exception {
        PartnerKeyGenerator.KeyFiles key = generator.x509Rsa("Inspectorate", 3072, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)));

        RecipientKey.X509 accepted = X509Keys.recipient(bytes(key.publicKey()), NOW);

        assertThat(accepted.algorithm()).isEqualTo("RSA 3072");
        Files.writeString(directory.resolve("cert.pem"), key.publicKey());
        StandardTools.Result shown = StandardTools.run(directory, Map.of(),
                List.of("openssl", "x509", "-in", "cert.pem", "-noout", "-fingerprint", "-sha256"));
        assertThat(shown.output().replace(":", "")).contains(accepted.fingerprint());
    }

    @Test
    void acceptsAnEcP256Certificate() {
        PartnerKeyGenerator.KeyFiles key = generator.x509Ec("EC partner", "secp256r1", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)));

        assertThat(X509Keys.recipient(bytes(key.publicKey()), NOW).algorithm()).isEqualTo("EC P-256");
    }

    @Test
    void refusesAnRsaCertificateUnder3072Bits() {
        PartnerKeyGenerator.KeyFiles key = generator.x509Rsa("Weak", 2048, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)));

        assertThatThrownBy(() -> X509Keys.recipient(bytes(key.publicKey()), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("2048 bits");
    }

    @Test
    void refusesAnEcCertificateOnAnotherCurve() {
        PartnerKeyGenerator.KeyFiles key = generator.x509Ec("P-384", "secp384r1", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)));

        assertThatThrownBy(() -> X509Keys.recipient(bytes(key.publicKey()), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("P-256");
    }

    @Test
    void refusesAnExpiredCertificate() {
        PartnerKeyGenerator.KeyFiles key = generator.x509Ec("Old", "secp256r1", NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> X509Keys.recipient(bytes(key.publicKey()), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessage("the certificate has expired");
    }

    @Test
    void refusesAnExpiredOpenPgpKey() {
        PartnerKeyGenerator.KeyFiles key = generator.openPgp("Old <o@o.invalid>", NOW.minus(Duration.ofDays(10)), Duration.ofDays(5));

        assertThatThrownBy(() -> OpenPgpKeys.recipient(bytes(key.publicKey()), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessage("the key has expired");
    }

    @Test
    void refusesARevokedOpenPgpKey() throws Exception {
        PartnerKeyGenerator.KeyFiles key = generator.openPgp("Revoked <r@r.invalid>", NOW, Duration.ZERO);
        PGPSecretKeyRing secret = OpenPgpKeys.secretKeyRing(bytes(key.secretKey()));
        PGPPublicKey primary = secret.getPublicKey();
        PGPSignatureGenerator revocation = new PGPSignatureGenerator(
                new JcaPGPContentSignerBuilder(primary.getAlgorithm(), HashAlgorithmTags.SHA256).setProvider(Bc.PROVIDER), primary);
        revocation.init(PGPSignature.KEY_REVOCATION, secret.getSecretKey().extractPrivateKey(null));
        PGPPublicKey revoked = PGPPublicKey.addCertification(primary, revocation.generateCertification(primary));
        PGPPublicKeyRing ring = PGPPublicKeyRing.insertPublicKey(OpenPgpKeys.publicKeyRing(bytes(key.publicKey())), revoked);

        assertThatThrownBy(() -> OpenPgpKeys.recipient(ring.getEncoded(), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessage("the key has been revoked");
    }

    @Test
    void refusesAnRsaOpenPgpKeyUnder3072Bits() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048, random);
        JcaPGPKeyPair pair = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(),
                Date.from(NOW));
        PGPSignatureSubpacketGenerator flags = new PGPSignatureSubpacketGenerator();
        flags.setSignatureCreationTime(false, Date.from(NOW));
        flags.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA | KeyFlags.ENCRYPT_COMMS);
        PGPPublicKeyRing ring = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, "Weak <w@w.invalid>",
                new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1), flags.generate(), null,
                new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256).setProvider(Bc.PROVIDER), null)
                .generatePublicKeyRing();

        assertThatThrownBy(() -> OpenPgpKeys.recipient(ring.getEncoded(), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("2048 bits");
    }

    @Test
    void refusesASecretKeyOfferedAsAPublicKey() {
        PartnerKeyGenerator.KeyFiles key = generator.openPgp("Careless <c@c.invalid>", NOW, Duration.ZERO);

        assertThatThrownBy(() -> OpenPgpKeys.recipient(bytes(key.secretKey()), NOW)).isInstanceOf(KeyRejectedException.class);
    }

    @Test
    void refusesAnRsaCertificateWithPublicExponentThree() {
        String certificate = flawed.selfSignedRsaCertificate(3072, 3);

        assertThatThrownBy(() -> X509Keys.recipient(bytes(certificate), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessage("the RSA public exponent is 3; it must be odd and at least 65537");
        assertThat(X509Keys.recipient(bytes(flawed.selfSignedRsaCertificate(3072, 65_537)), NOW).algorithm())
                .as("the same certificate with the usual exponent").isEqualTo("RSA 3072");
    }

    @Test
    void refusesAnRsaOpenPgpKeyWithPublicExponentThree() {
        String key = flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 3), FlawedKeys.Signatures.INTACT);

        assertThatThrownBy(() -> OpenPgpKeys.recipient(bytes(key), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("the RSA public exponent is 3");
        assertThat(OpenPgpKeys.recipient(bytes(flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 65_537), FlawedKeys.Signatures.INTACT)), NOW)
                .algorithm()).as("the same key with the usual exponent").isEqualTo("RSA 3072");
    }

    @Test
    void refusesASelfSignedCertificateWhoseSignatureWasCorrupted() {
        String good = generator.x509Ec("EC partner", "secp256r1", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30))).publicKey();
        String corrupted = FlawedKeys.corruptSignature(good);

        assertThatThrownBy(() -> X509Keys.recipient(bytes(corrupted), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("signature does not verify");
        assertThat(X509Keys.recipient(bytes(good), NOW).algorithm()).isEqualTo("EC P-256");
    }

    @Test
    void acceptsAWellFormedCertificateFromAnUnknownIssuerWithoutCheckingTheIssuersSignature() {
        String issued = flawed.issuedCertificate(flawed.rsaKey(3072, 65_537));

        assertThat(X509Keys.recipient(bytes(issued), NOW).algorithm()).isEqualTo("RSA 3072");
        assertThat(X509Keys.recipient(bytes(FlawedKeys.corruptSignature(issued)), NOW).algorithm())
                .as("the issuer is not known, so its signature cannot be checked; trust is the fingerprint").isEqualTo("RSA 3072");
    }

    @Test
    void refusesAnOpenPgpKeyWhoseUserIdSelfSignatureWasCorrupted() {
        String key = flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 65_537), FlawedKeys.Signatures.SELF_SIGNATURE_CORRUPTED);

        assertThatThrownBy(() -> OpenPgpKeys.recipient(bytes(key), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessage("the key has no valid self-signature");
    }

    @Test
    void refusesAnOpenPgpKeyWhoseSubkeyBindingSignatureWasCorrupted() {
        String key = flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 65_537), FlawedKeys.Signatures.BINDING_CORRUPTED);

        assertThatThrownBy(() -> OpenPgpKeys.recipient(bytes(key), NOW))
                .isInstanceOf(KeyRejectedException.class).hasMessageContaining("not correctly bound to the primary key");
    }

    @Test
    void refusesMalformedKeysInBothFormats() {
        byte[] garbage = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> OpenPgpKeys.recipient(garbage, NOW)).isInstanceOf(KeyRejectedException.class);
        assertThatThrownBy(() -> X509Keys.recipient(garbage, NOW)).isInstanceOf(KeyRejectedException.class)
                .hasMessageContaining("not a readable X.509 certificate");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
