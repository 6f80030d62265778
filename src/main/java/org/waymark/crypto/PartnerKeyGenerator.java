package org.waymark.crypto;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Makes partner key pairs the way a partner would with GnuPG or OpenSSL: for the demo partners and for
 * tests. A real partner makes its own keys and gives Waymark only the public half.
 */
public final class PartnerKeyGenerator {

    private final SecureRandom random;

    public PartnerKeyGenerator(SecureRandom random) {
        this.random = random;
    }

    /** A key pair as files: the public half to register in Waymark, the secret half for the partner alone. */
    public record KeyFiles(String publicKey, String secretKey) {
        @Override
        public String toString() {
            return "KeyFiles[public only: " + publicKey.length() + " chars]";
        }
    }

    /**
     * A v4 OpenPGP key as {@code gpg --quick-gen-key} makes by default: an Ed25519 primary key for signing and
     * certifying with a Curve25519 encryption subkey; the secret key without passphrase.
     */
    public KeyFiles openPgp(String userId, Instant created, Duration validity) {
        try {
            Date date = Date.from(created.truncatedTo(ChronoUnit.SECONDS));
            KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519", Bc.PROVIDER);
            ed.initialize(255, random);
            KeyPairGenerator x = KeyPairGenerator.getInstance("X25519", Bc.PROVIDER);
            x.initialize(255, random);
            JcaPGPKeyPair primary = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.EDDSA_LEGACY, ed.generateKeyPair(), date);
            JcaPGPKeyPair encryption = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.ECDH, x.generateKeyPair(), date);

            PGPSignatureSubpacketGenerator primaryPackets = new PGPSignatureSubpacketGenerator();
            primaryPackets.setSignatureCreationTime(false, date);
            primaryPackets.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            primaryPackets.setPreferredSymmetricAlgorithms(false, new int[]{SymmetricKeyAlgorithmTags.AES_256});
            primaryPackets.setPreferredHashAlgorithms(false, new int[]{HashAlgorithmTags.SHA256});
            primaryPackets.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
            if (!validity.isZero()) {
                primaryPackets.setKeyExpirationTime(false, validity.toSeconds());
            }
            PGPSignatureSubpacketGenerator subkeyPackets = new PGPSignatureSubpacketGenerator();
            subkeyPackets.setSignatureCreationTime(false, date);
            subkeyPackets.setKeyFlags(false, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);

            PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, primary, userId,
                    new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1), primaryPackets.generate(), null,
                    new JcaPGPContentSignerBuilder(primary.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256).setProvider(Bc.PROVIDER),
                    null);
            generator.addSubKey(encryption, subkeyPackets.generate(), null);
            return new KeyFiles(Pem.armoured(generator.generatePublicKeyRing().getEncoded()),
                    Pem.armoured(generator.generateSecretKeyRing().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("OpenPGP key generation failed", e);
        }
    }

    /** A self-signed X.509 certificate with an RSA key of {@code bits}; the secret file is its PKCS#8 private key and the certificate, in PEM. */
    public KeyFiles x509Rsa(String organisation, int bits, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(bits, random);
            return x509(rsa.generateKeyPair(), "SHA256withRSA", KeyUsage.keyEncipherment, organisation, notBefore, notAfter);
        } catch (Exception e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    /** A self-signed X.509 certificate with an EC key on {@code curve} (e.g. {@code secp256r1}), and its private key. */
    public KeyFiles x509Ec(String organisation, String curve, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec(curve), random);
            return x509(ec.generateKeyPair(), "SHA256withECDSA", KeyUsage.keyAgreement | KeyUsage.digitalSignature, organisation,
                    notBefore, notAfter);
        } catch (Exception e) {
            throw new IllegalStateException("EC key generation failed", e);
        }
    }

    private KeyFiles x509(KeyPair pair, String signatureAlgorithm, int usage, String organisation, Instant notBefore, Instant notAfter)
            throws Exception {
        X500Name name = new X500Name("CN=" + organisation.replaceAll("[,=+<>#;\"\\\\]", " "));
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(128, random).add(BigInteger.ONE),
                Date.from(notBefore), Date.from(notAfter), name, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(pair.getPrivate())));
        String certificatePem = Pem.pem(certificate);
        // the secret file holds the private key and, after it, the certificate: what openssl cms -decrypt -inkey reads
        return new KeyFiles(certificatePem, Pem.pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(pair.getPrivate(), null)) + certificatePem);
    }
}
