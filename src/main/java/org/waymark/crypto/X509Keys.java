package org.waymark.crypto;

import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Reading and checking X.509 certificates of partners. */
public final class X509Keys {

    static final int MIN_RSA_BITS = 3072;
    /** The smallest RSA public exponent accepted: F4, what every current tool uses; e = 3 invites broadcast and padding attacks. */
    static final BigInteger MIN_RSA_EXPONENT = BigInteger.valueOf(65_537);

    private X509Keys() {
    }

    /**
     * A partner certificate (PEM or DER) that can be encrypted to at {@code now}: RSA of at least 3072 bits with a
     * public exponent of at least 65537, or EC P-256, inside its validity period, with a key usage (if any) that allows
     * key transport or agreement.
     * <p>
     * A self-signed certificate (issuer and subject the same name) must carry a signature that verifies with its own
     * key, so a corrupted one is refused. A certificate issued by someone else is only read as well-formed DER whose
     * outer signature algorithm matches the signed one: Waymark keeps no certificate authorities, so the issuer's
     * signature is not checked. The trust in any partner key is the administrator's out-of-band comparison of its
     * {@link RecipientKey#fingerprint() fingerprint} with the partner, never a chain to an authority.
     */
    public static RecipientKey.X509 recipient(byte[] material, Instant now) {
        X509Certificate certificate;
        try {
            certificate = certificate(material);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyRejectedException("this is not a readable X.509 certificate (PEM or DER)");
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new KeyRejectedException("the certificate is not valid yet");
        }
        if (!now.isBefore(certificate.getNotAfter().toInstant())) {
            throw new KeyRejectedException("the certificate has expired");
        }
        if (selfIssued(certificate) && !verifiesWithOwnKey(certificate)) {
            throw new KeyRejectedException("the certificate is self-signed but its signature does not verify (it was changed or corrupted)");
        }
        String algorithm = algorithm(certificate);
        boolean[] usage = certificate.getKeyUsage();
        boolean rsa = algorithm.startsWith("RSA");
        if (usage != null && !(rsa ? usage[2] : usage[4])) {
            throw new KeyRejectedException("the certificate's key usage does not allow " + (rsa ? "key encipherment" : "key agreement"));
        }
        return new RecipientKey.X509(certificate, fingerprint(certificate), algorithm,
                Optional.of(certificate.getNotAfter().toInstant()));
    }

    static X509Certificate certificate(byte[] material) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        byte[] der = material;
        String text = new String(material, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            // the JDK reads PEM itself; skip anything before the certificate (a private key in the same file)
            der = text.substring(text.indexOf("-----BEGIN CERTIFICATE-----")).getBytes(StandardCharsets.US_ASCII);
        }
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
    }

    private static boolean selfIssued(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal());
    }

    private static boolean verifiesWithOwnKey(X509Certificate certificate) {
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String algorithm(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new KeyRejectedException("the RSA key has " + bits + " bits; at least " + MIN_RSA_BITS + " are required");
            }
            if (!acceptableExponent(rsa.getPublicExponent())) {
                throw new KeyRejectedException(exponentRefusal(rsa.getPublicExponent()));
            }
            return "RSA " + bits;
        }
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm())
                && info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve
                && (X9ObjectIdentifiers.prime256v1.equals(curve) || SECObjectIdentifiers.secp256r1.equals(curve))) {
            return "EC P-256";
        }
        throw new KeyRejectedException("the certificate's key must be RSA (at least " + MIN_RSA_BITS + " bits) or EC P-256");
    }

    static boolean acceptableExponent(BigInteger exponent) {
        return exponent.testBit(0) && exponent.compareTo(MIN_RSA_EXPONENT) >= 0;
    }

    static String exponentRefusal(BigInteger exponent) {
        String shown = exponent.bitLength() <= 64 ? exponent.toString() : "of " + exponent.bitLength() + " bits";
        return "the RSA public exponent is " + shown + "; it must be odd and at least " + MIN_RSA_EXPONENT;
    }
}
