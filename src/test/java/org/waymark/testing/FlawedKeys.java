package org.waymark.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.PublicSubkeyPacket;
import org.bouncycastle.bcpg.RSAPublicBCPGKey;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

/**
 * Partner public keys with exactly one flaw each, made with Bouncy Castle as an attacker or a broken tool would: an RSA
 * public exponent of 3, a corrupted signature, an even modulus. Each also comes without its flaw, so a test can show the
 * flaw alone is what gets the key refused.
 */
public final class FlawedKeys {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** What can be wrong with an OpenPGP key's signatures. */
    public enum Signatures { INTACT, SELF_SIGNATURE_CORRUPTED, BINDING_CORRUPTED }

    private final SecureRandom random;

    public FlawedKeys(SecureRandom random) {
        this.random = random;
    }

    /** A real RSA public key of {@code bits} with public exponent {@code exponent} (e.g. 3 or 65537). */
    public RSAPublicKey rsaKey(int bits, int exponent) {
        return (RSAPublicKey) rsaPair(bits, exponent).getPublic();
    }

    /** An RSA public key of {@code bits} with an even modulus: no two primes make it, nothing can be encrypted to it. */
    public RSAPublicKey evenModulusKey(int bits) {
        BigInteger modulus = new BigInteger(bits, random).setBit(bits - 1).clearBit(0);
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, BigInteger.valueOf(65_537)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certificate (PEM) for a fresh RSA key with the given exponent. */
    public String selfSignedRsaCertificate(int bits, int exponent) {
        KeyPair pair = rsaPair(bits, exponent);
        return pem(certificate("CN=Partner", pair.getPublic(), "CN=Partner", pair, "SHA256withRSA"));
    }

    /** A certificate (PEM) for {@code subjectKey} issued by a separate, unknown EC authority: not self-signed. */
    public String issuedCertificate(PublicKey subjectKey) {
        return pem(certificate("CN=Partner", subjectKey, "CN=Some authority", ecPair(), "SHA256withECDSA"));
    }

    /** The certificate with one bit of its signature flipped: still well-formed, but the signature no longer verifies. */
    public static String corruptSignature(String certificatePem) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
            byte[] der = certificate.getEncoded();
            der[der.length - 1] ^= 0x01; // the signature value is the certificate's last field
            return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An armoured OpenPGP v4 key as gpg makes one with an RSA encryption subkey: an Ed25519 primary key with a user ID,
     * and {@code encryptionKey} bound to it as the encryption subkey; {@code signatures} says which signature to corrupt.
     */
    public String openPgpWithRsaSubkey(RSAPublicKey encryptionKey, Signatures signatures) {
        try {
            Date created = Date.from(Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS));
            KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519", BC);
            ed.initialize(255, random);
            JcaPGPKeyPair primary = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.EDDSA_LEGACY, ed.generateKeyPair(), created);
            PGPPublicKey subkey = new PGPPublicKey(new PublicSubkeyPacket(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL, created,
                    new RSAPublicBCPGKey(encryptionKey.getModulus(), encryptionKey.getPublicExponent())), new JcaKeyFingerprintCalculator());
            String userId = "Partner <keys@partner.invalid>";

            PGPSignatureGenerator certification = signer(primary, PGPSignature.POSITIVE_CERTIFICATION,
                    KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA, created);
            PGPSignature selfSignature = certification.generateCertification(userId, primary.getPublicKey());
            PGPSignatureGenerator binding = signer(primary, PGPSignature.SUBKEY_BINDING, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE, created);
            PGPSignature bindingSignature = binding.generateCertification(primary.getPublicKey(), subkey);

            PGPPublicKey primaryKey = PGPPublicKey.addCertification(primary.getPublicKey(), userId,
                    signatures == Signatures.SELF_SIGNATURE_CORRUPTED ? corrupt(selfSignature) : selfSignature);
            PGPPublicKey boundSubkey = PGPPublicKey.addCertification(subkey,
                    signatures == Signatures.BINDING_CORRUPTED ? corrupt(bindingSignature) : bindingSignature);
            return armoured(new PGPPublicKeyRing(List.of(primaryKey, boundSubkey)).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private PGPSignatureGenerator signer(JcaPGPKeyPair primary, int type, int flags, Date created) throws Exception {
        PGPSignatureGenerator generator = new PGPSignatureGenerator(
                new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA256).setProvider(BC),
                primary.getPublicKey());
        generator.init(type, primary.getPrivateKey());
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        hashed.setSignatureCreationTime(false, created);
        hashed.setKeyFlags(false, flags);
        generator.setHashedSubpackets(hashed.generate());
        return generator;
    }

    /** The same signature packet with one bit of its last value (EdDSA's s) flipped. */
    private static PGPSignature corrupt(PGPSignature signature) throws Exception {
        byte[] packet = signature.getEncoded();
        packet[packet.length - 1] ^= 0x01;
        return ((PGPSignatureList) new JcaPGPObjectFactory(packet).nextObject()).get(0);
    }

    private KeyPair rsaPair(int bits, int exponent) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(new RSAKeyGenParameterSpec(bits, BigInteger.valueOf(exponent)), random);
            return rsa.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyPair ecPair() {
        try {
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"), random);
            return ec.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate certificate(String subject, PublicKey subjectKey, String issuer, KeyPair issuerPair, String algorithm) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), new BigInteger(64, random).add(BigInteger.ONE),
                    Date.from(Instant.now().minus(Duration.ofMinutes(1))), Date.from(Instant.now().plus(Duration.ofDays(30))),
                    new X500Name(subject), subjectKey);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyEncipherment));
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerPair.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static String armoured(byte[] packets) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armour = new ArmoredOutputStream(out)) {
            armour.write(packets);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
