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
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyConverter;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;

/**
 * The service's signing key: one ECDSA P-256 key published in two wrappers, a v4 OpenPGP public key (for
 * packets that partners open with GnuPG) and a self-signed X.509 certificate (for CMS packets opened with
 * OpenSSL). Partners verify packets against the published fingerprints, obtained out of band.
 *
 * <p>Store {@link #privateKeyPkcs8()} only encrypted; the public parts ({@link #openPgpPublicKey()},
 * {@link #certificate()}) are public.
 */
public final class ServiceKey {

    static final String USER_ID = "Waymark referral service";
    /** ECDSA on P-256: what GnuPG 2.2 and OpenSSL 3.0 both verify (OpenSSL 3.0 cannot verify Ed25519 in CMS). */
    static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final PGPPublicKeyRing openPgpKey;
    private final PGPPrivateKey openPgpPrivateKey;

    private ServiceKey(PrivateKey privateKey, X509Certificate certificate, PGPPublicKeyRing openPgpKey) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.openPgpKey = openPgpKey;
        try {
            this.openPgpPrivateKey = new JcaPGPKeyConverter().setProvider(Bc.PROVIDER)
                    .getPGPPrivateKey(openPgpKey.getPublicKey(), privateKey);
        } catch (PGPException e) {
            throw new KeyRejectedException("the service key does not match its OpenPGP public key");
        }
    }

    /** A new key whose certificate is valid for {@code validity} from {@code now}. */
    public static ServiceKey generate(String organisation, Instant now, java.time.Duration validity, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            Instant created = now.truncatedTo(ChronoUnit.SECONDS);
            return new ServiceKey(pair.getPrivate(), certificate(pair, organisation, created, validity, random),
                    openPgpKey(pair, created));
        } catch (GeneralSecurityException | PGPException | IOException e) {
            throw new IllegalStateException("P-256 key generation is always available", e);
        }
    }

    /** The stored key again, from its private key and its two public wrappers. */
    public static ServiceKey restore(byte[] privateKeyPkcs8, byte[] certificateDer, byte[] openPgpPublicKey) {
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
            X509Certificate certificate = X509Keys.certificate(certificateDer);
            return new ServiceKey(key, certificate, OpenPgpKeys.publicKeyRing(openPgpPublicKey));
        } catch (GeneralSecurityException e) {
            throw new KeyRejectedException("the stored service key cannot be read");
        }
    }

    public byte[] privateKeyPkcs8() {
        return privateKey.getEncoded();
    }

    public byte[] certificateDer() {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] openPgpPublicKey() {
        try {
            return openPgpKey.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String openPgpPublicKeyArmoured() {
        return Pem.armoured(openPgpPublicKey());
    }

    public String certificatePem() {
        return Pem.pem(certificate);
    }

    /** The v4 OpenPGP fingerprint, 40 upper-case hex digits, as {@code gpg --fingerprint} shows it without spaces. */
    public String openPgpFingerprint() {
        return HexFormat.of().withUpperCase().formatHex(openPgpKey.getPublicKey().getFingerprint());
    }

    /** SHA-256 of the certificate, as {@code openssl x509 -fingerprint -sha256} shows it without colons. */
    public String certificateFingerprint() {
        return X509Keys.fingerprint(certificate);
    }

    public Instant certificateExpiresAt() {
        return certificate.getNotAfter().toInstant();
    }

    /** A detached ECDSA P-256 / SHA-256 signature (DER) of {@code data}, e.g. of an audit checkpoint. */
    public byte[] sign(byte[] data) {
        try {
            java.security.Signature signature = java.security.Signature.getInstance(SIGNATURE_ALGORITHM, Bc.JDK_EC);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA is always available", e);
        }
    }

    /** Whether {@code signature} is this key's signature of {@code data}. */
    public boolean verifies(byte[] data, byte[] signature) {
        return verifies(certificate, data, signature);
    }

    /**
     * Whether {@code signature} is a signature of {@code data} by the key of the service certificate
     * {@code certificatePem} (PEM or DER): for checking exported checkpoints away from the database.
     */
    public static boolean verifies(byte[] certificatePem, byte[] data, byte[] signature) {
        try {
            return verifies(X509Keys.certificate(certificatePem), data, signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean verifies(X509Certificate certificate, byte[] data, byte[] signature) {
        try {
            java.security.Signature verifier = java.security.Signature.getInstance(SIGNATURE_ALGORITHM, Bc.JDK_EC);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PGPPublicKey openPgpSigningKey() {
        return openPgpKey.getPublicKey();
    }

    PGPPrivateKey openPgpPrivateKey() {
        return openPgpPrivateKey;
    }

    @Override
    public String toString() {
        return "ServiceKey[" + openPgpFingerprint() + "]";
    }

    private static X509Certificate certificate(KeyPair pair, String organisation, Instant created, java.time.Duration validity,
                                               SecureRandom random) throws GeneralSecurityException, IOException {
        try {
            X500Name name = new X500Name("CN=" + USER_ID + ",O=" + organisation.replaceAll("[,=+<>#;\"\\\\]", " "));
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(128, random).abs().add(BigInteger.ONE),
                    Date.from(created.minus(1, ChronoUnit.HOURS)), Date.from(created.plus(validity)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(Bc.PROVIDER).build(pair.getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static PGPPublicKeyRing openPgpKey(KeyPair pair, Instant created) throws PGPException {
        JcaPGPKeyPair primary = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.ECDSA, pair, Date.from(created));
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        hashed.setSignatureCreationTime(false, Date.from(created));
        hashed.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
        hashed.setPreferredHashAlgorithms(false, new int[]{HashAlgorithmTags.SHA256, HashAlgorithmTags.SHA512});
        hashed.setPreferredSymmetricAlgorithms(false, new int[]{SymmetricKeyAlgorithmTags.AES_256});
        hashed.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
        PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, primary, USER_ID,
                new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1), hashed.generate(), null,
                new JcaPGPContentSignerBuilder(primary.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256).setProvider(Bc.PROVIDER),
                null);
        return generator.generatePublicKeyRing();
    }
}
