package org.waymark.crypto;

import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import java.io.ByteArrayInputStream;
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

    private X509Keys() {
    }

    /**
     * A partner certificate (PEM or DER) that can be encrypted to at {@code now}: RSA of at least 3072 bits or
     * EC P-256, inside its validity period, with a key usage (if any) that allows key transport or agreement.
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
}
