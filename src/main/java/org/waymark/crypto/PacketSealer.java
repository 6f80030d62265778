package org.waymark.crypto;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

/**
 * Signs a packet's contents with the service key, then encrypts them to one partner key, in the format that
 * partner's standard tool opens:
 * <ul>
 *   <li>OpenPGP key: a one-pass-signed (ECDSA P-256, SHA-256) literal message inside SEIPD version 1 (integrity
 *       protected) with AES-256; what GnuPG 2.2 decrypts and verifies with {@code gpg --decrypt};</li>
 *   <li>X.509 certificate: CMS SignedData (ECDSA P-256, SHA-256) inside AuthEnvelopedData with AES-256-GCM, the content key
 *       sent by RSA-OAEP (SHA-256) or ECDH (P-256, SHA-256 KDF, AES-256 key wrap); what
 *       {@code openssl cms -decrypt} then {@code openssl cms -verify} open. Never PKCS#1 v1.5.</li>
 * </ul>
 */
public final class PacketSealer {

    private static final byte[] TRIAL_MESSAGE = "Waymark key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final SecureRandom random;

    public PacketSealer(SecureRandom random) {
        this.random = random;
    }

    /** The sealed packet: only {@code recipient} can read it, and it proves it came from {@code signer}. */
    public byte[] seal(byte[] contents, String fileName, Instant time, ServiceKey signer, RecipientKey recipient) {
        try {
            if (recipient instanceof RecipientKey.OpenPgp key) {
                return openPgp(contents, fileName, time, signer, key);
            }
            return cms(contents, signer, (RecipientKey.X509) recipient);
        } catch (PGPException | CMSException | GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("sealing a packet failed", e);
        }
    }

    /**
     * Seals a short test message to {@code recipient} the way a packet is sealed, and refuses the key if that fails. A key
     * can pass every check of its form and still be unusable (an even RSA modulus, one with a small factor, a point off
     * its curve); this finds it when an administrator registers the key instead of at every referral to the partner.
     */
    public void trySealing(RecipientKey recipient, ServiceKey signer, Instant time) {
        try {
            seal(TRIAL_MESSAGE, "key-check.txt", time, signer, recipient);
        } catch (RuntimeException e) {
            throw new KeyRejectedException("a test message could not be encrypted to the key: its numbers are not a usable "
                    + recipient.algorithm() + " key");
        }
    }

    private byte[] openPgp(byte[] contents, String fileName, Instant time, ServiceKey signer, RecipientKey.OpenPgp recipient)
            throws PGPException, IOException {
        PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                        .setSecureRandom(random).setProvider(Bc.JDK_AES));
        encryption.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(recipient.encryptionKey())
                .setProvider(Bc.PROVIDER).setSecureRandom(random));

        PGPSignatureGenerator signature = new PGPSignatureGenerator(
                new JcaPGPContentSignerBuilder(signer.openPgpSigningKey().getAlgorithm(), HashAlgorithmTags.SHA256)
                        .setProvider(Bc.JDK_EC).setDigestProvider(Bc.JDK_DIGEST), signer.openPgpSigningKey());
        signature.init(PGPSignature.BINARY_DOCUMENT, signer.openPgpPrivateKey());
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        hashed.setSignatureCreationTime(false, Date.from(time));
        hashed.setIssuerFingerprint(false, signer.openPgpSigningKey());
        signature.setHashedSubpackets(hashed.generate());

        ByteArrayOutputStream packet = new ByteArrayOutputStream(contents.length + 1024);
        try (OutputStream encrypted = encryption.open(packet, new byte[1 << 16])) {
            signature.generateOnePassVersion(false).encode(encrypted);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            try (OutputStream data = literal.open(encrypted, PGPLiteralData.BINARY, fileName, contents.length, Date.from(time))) {
                data.write(contents);
            }
            signature.update(contents);
            signature.generate().encode(encrypted);
        }
        return packet.toByteArray();
    }

    private byte[] cms(byte[] contents, ServiceKey signer, RecipientKey.X509 recipient)
            throws GeneralSecurityException, OperatorCreationException, CMSException, IOException {
        CMSSignedDataGenerator signing = new CMSSignedDataGenerator();
        signing.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(Bc.JDK_DIGEST).build())
                .build(new JcaContentSignerBuilder(ServiceKey.SIGNATURE_ALGORITHM).setProvider(Bc.JDK_EC).build(signer.privateKey()), signer.certificate()));
        signing.addCertificate(new JcaX509CertificateHolder(signer.certificate()));
        byte[] signed = signing.generate(new CMSProcessableByteArray(contents), true).toASN1Structure().getEncoded(ASN1Encoding.DER);

        CMSAuthEnvelopedDataGenerator enveloping = new CMSAuthEnvelopedDataGenerator();
        if (recipient.certificate().getPublicKey() instanceof RSAPublicKey) {
            enveloping.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient.certificate(), CmsProfile.RSA_OAEP_SHA256)
                    .setProvider(Bc.PROVIDER));
        } else {
            KeyPairGenerator ephemeral = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            ephemeral.initialize(new ECGenParameterSpec("secp256r1"), random);
            var pair = ephemeral.generateKeyPair();
            enveloping.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                    pair.getPrivate(), pair.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .addRecipient(recipient.certificate()).setProvider(Bc.PROVIDER).setSecureRandom(random));
        }
        return enveloping.generate(new CMSProcessableByteArray(signed),
                (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM).setProvider(Bc.JDK_AES).setSecureRandom(random).build())
                .toASN1Structure().getEncoded(ASN1Encoding.DER);
    }
}
